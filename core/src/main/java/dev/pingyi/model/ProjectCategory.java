package dev.pingyi.model;

/** What a project builds, as key-project lists group them. */
public enum ProjectCategory {
  /** 产业项目: manufacturing and other industry. */
  INDUSTRY("产业项目"),
  /** 基础设施项目: transport, water, energy and other infrastructure. */
  INFRASTRUCTURE("基础设施"),
  /** 社会民生项目: schools, culture, health and other public services. */
  PUBLIC_SERVICE("社会民生"),
  /** 城市建设项目: housing, resettlement and urban renewal. */
  URBAN_DEVELOPMENT("城市建设");

  private final String chineseName;

  ProjectCategory(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the category, such as 产业项目. */
  public String chineseName() {
    return chineseName;
  }
}
