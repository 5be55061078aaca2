/**
 * The immutable domain model of Pingyi: money ({@link dev.pingyi.model.Yuan}), periods,
 * division and credit codes, counties, enterprises, key projects, industry clusters, and the
 * units, groups and score sheets of a comprehensive evaluation (综合评议).
 *
 * <p>Every value is immutable, thread-safe and valid: each path that creates one (builder,
 * {@code with*} copy, factory, parser) checks it, and a bad value is rejected with an
 * exception whose message names the type, the field, the value and the rule.
 */
@PingyiStyle
@NullMarked
package dev.pingyi.model;

import dev.pingyi.internal.PingyiStyle;
import org.jspecify.annotations.NullMarked;
