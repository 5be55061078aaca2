package dev.pingyi.model;

/** The list a key project (重点项目) is on: provincial, municipal or county. */
public enum ProjectLevel {
  /** 省级重点项目: on the province's key-project list. */
  PROVINCIAL("省级"),
  /** 市级重点项目: on the city's key-project list. */
  MUNICIPAL("市级"),
  /** 县级重点项目: on the county's key-project list. */
  COUNTY("县级");

  private final String chineseName;

  ProjectLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the level, such as 省级. */
  public String chineseName() {
    return chineseName;
  }
}
