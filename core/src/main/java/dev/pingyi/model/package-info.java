/**
 * The immutable domain model of Pingyi: money ({@link dev.pingyi.model.Yuan}), periods,
 * division and credit codes, counties, enterprises, key projects, industry clusters, and the
 * units, groups and score sheets of a comprehensive evaluation (综合评议).
 *
 * <p>The terms, as Chinese city reports use them: a county-level unit (县级单位) is a district
 * (区), county (县) or county-level city (市) with a six-digit GB/T 2260 code ({@link
 * dev.pingyi.model.DivisionCode}, names in {@link dev.pingyi.model.DivisionRegistry}), or a
 * functional zone (开发区, 高新区, 度假区) run by a management committee, which has no code. A key
 * project (重点项目) is on the provincial (省级), municipal (市级) or county (县级) list of a year, with
 * its total (总投资), annual planned (年度计划投资) and completed (完成投资) investment in exact yuan;
 * ledgers store 万元 (10⁴ yuan) and reports print 亿元 (10⁸ yuan). A comprehensive evaluation
 * (综合评议) ranks units within groups from score sheets of weighted components (基础评议分 70 %,
 * 现场评议分 30 % in Liaocheng's 2022 scheme), bonus (加分) and deduction (扣分) items, and a
 * possible one-vote veto (一票否决). Shares print in % and differences of shares in percentage
 * points (百分点); the time schedule (时间进度) of a period is its elapsed months ÷ 12.
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
