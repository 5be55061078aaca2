package dev.pingyi.model;

/** How far a project has come: planned, under construction, completed, in production. */
public enum ProjectStatus {
  /** 计划/未开工: planned, construction not started. */
  PLANNED("未开工"),
  /** 在建/开工: construction started and under way. */
  UNDER_CONSTRUCTION("在建"),
  /** 竣工: construction completed. */
  COMPLETED("竣工"),
  /** 投产: in production or in use. */
  IN_PRODUCTION("投产");

  private final String chineseName;

  ProjectStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the status, such as 在建. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether construction has started (开工): every status but {@link #PLANNED}. */
  public boolean isStarted() {
    return this != PLANNED;
  }
}
