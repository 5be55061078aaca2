package dev.pingyi.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Pingyi, for every package's value types: plain abstract value types, public generated
 * {@code Immutable*} implementations, strict builders (each attribute set once), and no
 * annotation copied from the classpath into generated code, so that a consumer of the jar sees
 * no stray {@code @Generated} or {@code @Nullable}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    strictBuilder = true,
    allowedClasspathAnnotations = {Override.class},
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true))
public @interface PingyiStyle {}
