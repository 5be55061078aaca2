package dev.pingyi.io;

import com.google.common.collect.ImmutableSet;

/**
 * A column of an evaluated-units list (参评单位名单) and the headers that name it. Headers are
 * compared as {@link ProjectColumn} describes.
 */
public enum UnitColumn {
  /**
   * 评议组: the evaluation group, by its id or its name among the reader's groups; also 组别, 评议组别,
   * 分组, 所属组, 评议类别, {@code group}.
   */
  GROUP("评议组", "group", "组别", "评议组别", "分组", "所属组", "评议类别"),
  /** 单位: the unit's name as the evaluation publishes it; also 单位名称, 参评单位, 被评议单位, 评议对象, {@code unit}. */
  UNIT("单位", "unit", "单位名称", "参评单位", "被评议单位", "评议对象"),
  /**
   * 单位类型: the kind of unit, a word of {@link dev.pingyi.model.UnitKind#fromChinese} (县（市、区）政府,
   * 管委会, 市政府部门, 市属事业单位 …) or a constant name; also 单位类别, 类型, {@code kind}.
   */
  KIND("单位类型", "kind", "单位类别", "类型"),
  /**
   * 所属县区: the county-level unit a government or zone committee governs, found through a {@link
   * CountyLookup}; also 县区, 所在县区, 所属县(市、区), 所在县(市、区), 县市区, 所属县市区, {@code county}.
   */
  COUNTY("所属县区", "county", "县区", "所在县区", "所属县(市、区)", "所在县(市、区)", "县市区", "所属县市区");

  private final String header;
  private final ImmutableSet<String> headers;

  UnitColumn(String header, String... aliases) {
    this.header = header;
    this.headers = ImmutableSet.<String>builder().add(header).add(aliases).build();
  }

  /** The header the examples and the documentation use, such as 评议组. */
  public String header() {
    return header;
  }

  /** Every header that names the column, the first one first. */
  public ImmutableSet<String> headers() {
    return headers;
  }
}
