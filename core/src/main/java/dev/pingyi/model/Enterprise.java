package dev.pingyi.model;

import static java.util.Objects.requireNonNull;

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

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of an enterprise. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableEnterprise.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(Enterprise value) {
      requireNonNull(value, "value");
      return this
          .name(value.name())
          .creditCode(value.creditCode())
          .addAllDesignations(value.designations());
    }
  }

  /** The enterprise of the given registered name, with no code and no designations. */
  public static Enterprise named(String name) {
    return builder().name(name).build();
  }

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The registered name. */
  public abstract String name();

  /** Optional. The Unified Social Credit Code (统一社会信用代码), where known. */
  public abstract Optional<CreditCode> creditCode();

  /** Optional, empty by default. Designations such as 专精特新, distinct, in the order given. */
  public abstract ImmutableSet<EnterpriseDesignation> designations();

  @Value.Check
  void check() {
    Checks.checkName("Enterprise", "name", name());
  }
}
