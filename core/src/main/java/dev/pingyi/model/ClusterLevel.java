package dev.pingyi.model;

/** The authority that recognised an {@link IndustryCluster}. */
public enum ClusterLevel {
  /** 省级: recognised by the province, such as Shandong's characteristic industry clusters. */
  PROVINCIAL("省级"),
  /** 市级: recognised by the city. */
  MUNICIPAL("市级");

  private final String chineseName;

  ClusterLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the level, such as 省级. */
  public String chineseName() {
    return chineseName;
  }
}
