package dev.pingyi.model;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An enterprise (企业) that builds a project or belongs to an industry cluster, such as
 * 冠县光大复合材料有限公司.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Enterprise implements WithEnterprise {

  Enterprise() {}

  /** A new builder. */
  public static ImmutableEnterprise.Builder builder() {
    return ImmutableEnterprise.builder();
  }

  /** The enterprise of the given registered name, with no code and no designations. */
  public static Enterprise named(String name) {
    return builder().name(name).build();
  }

  /** The registered name. */
  public abstract String name();

  /** The Unified Social Credit Code, where known. */
  public abstract Optional<CreditCode> creditCode();

  /** Designations such as 专精特新, in the order given. */
  public abstract ImmutableSet<EnterpriseDesignation> designations();

  @Value.Check
  void check() {
    Checks.checkName("Enterprise", "name", name());
  }
}
