package dev.pingyi.model;

/** What kind of county-level unit (县级单位) a {@link County} is. */
public enum CountyKind {
  /** 区: a district of a prefecture-level city. */
  DISTRICT("区"),
  /** 县: a county. */
  COUNTY("县"),
  /** 县级市: a county-level city. */
  COUNTY_LEVEL_CITY("县级市"),
  /**
   * 功能区: an economic-development zone, high-tech zone or tourist resort run by a management
   * committee (管委会); evaluated beside counties, but without a GB/T 2260 code of its own.
   */
  FUNCTIONAL_ZONE("功能区");

  private final String chineseName;

  CountyKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the kind. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether units of this kind have a GB/T 2260 division code: all but functional zones. */
  public boolean hasDivisionCode() {
    return this != FUNCTIONAL_ZONE;
  }
}
