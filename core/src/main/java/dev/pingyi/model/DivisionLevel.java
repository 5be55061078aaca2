package dev.pingyi.model;

/** The level of the administrative division a {@link DivisionCode} names. */
public enum DivisionLevel {
  /** 省级: a province, autonomous region or municipality directly under the central government. */
  PROVINCE,
  /** 地级: a prefecture-level city, prefecture or league. */
  PREFECTURE,
  /** 县级: a district, county or county-level city. */
  COUNTY
}
