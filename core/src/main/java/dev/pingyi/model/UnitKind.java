package dev.pingyi.model;

/** What kind of government unit an {@link EvaluatedUnit} is. */
public enum UnitKind {
  /** 县（市、区）政府: the government of a district, county or county-level city. */
  COUNTY_GOVERNMENT("县（市、区）政府"),
  /** 管委会: the management committee of a functional zone. */
  ZONE_COMMITTEE("管委会"),
  /** 市政府部门: a department of the municipal government. */
  MUNICIPAL_DEPARTMENT("市政府部门"),
  /** 市属事业单位: a public institution of the city. */
  PUBLIC_INSTITUTION("市属事业单位");

  private final String chineseName;

  UnitKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the kind. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether units of this kind govern a county-level unit: governments and zone committees. */
  public boolean isCountyLevel() {
    return this == COUNTY_GOVERNMENT || this == ZONE_COMMITTEE;
  }
}
