package dev.pingyi;

import static dev.pingyi.CatalogueRow.of;
import static dev.pingyi.CatalogueSamples.GUANXIAN;
import static dev.pingyi.CatalogueSamples.LIAOCHENG;
import static dev.pingyi.CatalogueSamples.RESORT;

import dev.pingyi.model.Capacity;
import dev.pingyi.model.ChineseNumerals;
import dev.pingyi.model.ClusterLevel;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.CreditCode;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.DivisionRegistry;
import dev.pingyi.model.EnterpriseDesignation;
import dev.pingyi.model.EvaluationAspect;
import dev.pingyi.model.Growth;
import dev.pingyi.model.PeriodKind;
import dev.pingyi.model.Percent;
import dev.pingyi.model.PercentagePoints;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.UnitKind;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/** The bad inputs of the model's values: numbers, periods and numerals, codes, words. */
final class ModelValuesCatalogue {

  static final String NUMBERS = "model: numbers and amounts";
  static final String PERIODS = "model: periods and numerals";
  static final String CODES = "model: codes and the division registry";
  static final String WORDS = "model: Chinese words of the enums";

  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<ArithmeticException> ARITH = ArithmeticException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Class<IllegalStateException> ISE = IllegalStateException.class;

  private static final Yuan MAX = Yuan.ofFen(Long.MAX_VALUE);
  private static final Yuan MIN = Yuan.ofFen(Long.MIN_VALUE);
  private static final DivisionRegistry GBT2260 = DivisionRegistry.gbt2260();
  /** 茌平县 under its code of before 2019, which the 2023 edition no longer has. */
  private static final County CHIPING_COUNTY = CatalogueSamples.county("茌平县", CountyKind.COUNTY, "371523");

  private ModelValuesCatalogue() {}

  static List<CatalogueRow> rows() {
    return Arrays.asList(
        // Yuan
        of(NUMBERS, "yuan text without a unit", () -> Yuan.parse("13.8"), IAE, "Yuan text='13.8'", "元, 万元, 亿元 or 万亿元"),
        of(NUMBERS, "yuan text in 千元", () -> Yuan.parse("13.8千元"), IAE, "Yuan text='13.8千元'", "number='13.8千'", "holds '千'"),
        of(NUMBERS, "yuan text with two points", () -> Yuan.parse("1.2.3亿元"), IAE, "Yuan text='1.2.3亿元'", "holds '.'", "at most one '.'"),
        of(NUMBERS, "yuan text below a fen", () -> Yuan.parse("0.001元"), IAE, "Yuan text='0.001元'", "amount=0.001元", "not a whole number of fen"),
        of(NUMBERS, "yuan text beyond a long count of fen", () -> Yuan.parse("1000000万亿元"), IAE, "Yuan text='1000000万亿元'", "outside the range of a long count of fen"),
        of(NUMBERS, "yuan text with an exponent", () -> Yuan.parse("1e3元"), IAE, "Yuan text='1e3元'", "holds 'e'", "optional exponent"),
        of(NUMBERS, "yuan text in full-width digits", () -> Yuan.parse("１３.８亿元"), IAE, "Yuan text='１３.８亿元'", "holds '１' (U+FF11)"),
        of(NUMBERS, "yuan text of a unit alone", () -> Yuan.parse("亿元"), IAE, "Yuan text='亿元'", "number=''", "is blank"),
        of(NUMBERS, "yuan text that is empty", () -> Yuan.parse(""), IAE, "Yuan text=''", "is not a decimal number followed by 元"),
        of(NUMBERS, "yuan text with a space inside the unit", () -> Yuan.parse("13.8 亿 元"), IAE, "Yuan text='13.8 亿 元'", "holds U+0020 at index 4"),
        of(NUMBERS, "yuan text with two signs", () -> Yuan.parse("--5元"), IAE, "Yuan text='--5元'", "holds '-' (U+002D) at index 1"),
        of(NUMBERS, "yuan text of 200 digits", () -> Yuan.parse("9".repeat(200) + "元"), IAE, "Yuan text='99999", "has 200 characters, more than the 64"),
        of(NUMBERS, "yuan text null", () -> Yuan.parse(null), NPE, "text"),
        of(NUMBERS, "yuan decimal below a fen", () -> Yuan.of(new BigDecimal("1.234")), ARITH, "Yuan amount=1.234元", "not a whole number of fen"),
        of(NUMBERS, "yuan decimal of 10^20", () -> Yuan.of(new BigDecimal("1e20")), ARITH, "Yuan amount=100000000000000000000元", "outside the range of a long count of fen"),
        of(NUMBERS, "yuan decimal null", () -> Yuan.of(null), NPE, "amount"),
        of(NUMBERS, "yuan unit null", () -> Yuan.of(BigDecimal.ONE, null), NPE, "unit"),
        of(NUMBERS, "yi decimal below a fen", () -> Yuan.ofYi(new BigDecimal("1e-11")), ARITH, "Yuan amount=0.00000000001亿元", "not a whole number of fen"),
        of(NUMBERS, "yi text with a letter", () -> Yuan.ofYi("13.8x"), IAE, "Yuan yi='13.8x'", "holds 'x'"),
        of(NUMBERS, "yi text with exponent 65", () -> Yuan.ofYi("1e65"), IAE, "Yuan yi='1e65'", "outside [-64, 64]"),
        of(NUMBERS, "yi text with a five-digit exponent", () -> Yuan.ofYi("1e-99999"), IAE, "Yuan yi='1e-99999'", "exponent e-99999, beyond the ±64"),
        of(NUMBERS, "yi text blank", () -> Yuan.ofYi(" "), IAE, "Yuan yi=' '", "is blank"),
        of(NUMBERS, "yi text null", () -> Yuan.ofYi((String) null), NPE, "yi"),
        of(NUMBERS, "whole yuan overflowing fen", () -> Yuan.ofYuan(Long.MAX_VALUE), ARITH, "Yuan yuan=9223372036854775807", "overflows the range of a long count of fen"),
        of(NUMBERS, "whole wan overflowing fen", () -> Yuan.ofWan(Long.MIN_VALUE), ARITH, "Yuan wan=-9223372036854775808", "overflows"),
        of(NUMBERS, "yuan plus overflowing", () -> MAX.plus(Yuan.ofFen(1)), ARITH, "plus 0.01元", "overflows"),
        of(NUMBERS, "yuan minus overflowing", () -> MIN.minus(Yuan.ofFen(1)), ARITH, "minus 0.01元", "overflows"),
        of(NUMBERS, "yuan times overflowing", () -> MAX.multipliedBy(2), ARITH, "times 2", "overflows"),
        of(NUMBERS, "yuan negation of the least amount", () -> MIN.negated(), ARITH, "-92233.72036854775808万亿元 negated", "overflows"),
        of(NUMBERS, "yuan sum overflowing", () -> Yuan.sum(MAX, Yuan.ofFen(1)), ARITH, "Yuan sum: the first 1 amounts", "plus amount 1, 0.01元", "overflows"),
        of(NUMBERS, "yuan sum of a null amount", () -> Yuan.sum(Arrays.asList(Yuan.ZERO, null)), NPE, "amount"),
        of(NUMBERS, "yuan format with -1 decimals", () -> Yuan.ZERO.format(YuanUnit.YI, -1, RoundingMode.HALF_UP), IAE, "Yuan format decimals=-1", "outside [0, 64]"),
        of(NUMBERS, "yuan format with 65 decimals", () -> Yuan.ZERO.format(YuanUnit.YI, 65, RoundingMode.HALF_UP), IAE, "Yuan format decimals=65", "outside [0, 64]"),
        of(NUMBERS, "yuan format needing rounding under UNNECESSARY", () -> Yuan.parse("13.8亿元").format(YuanUnit.YI, 0, RoundingMode.UNNECESSARY), ARITH, "Yuan 13.8亿元", "0 decimals in 亿元", "UNNECESSARY"),
        // Score
        of(NUMBERS, "score with five decimals", () -> Score.parse("92.12345"), IAE, "Score value=92.12345", "more than 4 decimals"),
        of(NUMBERS, "score text above a million", () -> Score.parse("1000000.5"), IAE, "Score value=1000000.5", "outside [-1000000, 1000000]"),
        of(NUMBERS, "score text in Chinese numerals", () -> Score.parse("九十"), IAE, "Score text='九十'", "holds '九'"),
        of(NUMBERS, "score text empty", () -> Score.parse(""), IAE, "Score text=''", "is blank"),
        of(NUMBERS, "score text with exponent -70", () -> Score.parse("1e-70"), IAE, "Score text='1e-70'", "outside [-64, 64]"),
        of(NUMBERS, "score text with a trailing sign", () -> Score.parse("92.5-"), IAE, "Score text='92.5-'", "holds '-'"),
        of(NUMBERS, "score of two million points", () -> Score.of(2_000_000), IAE, "Score value=2000000", "outside [-1000000, 1000000]"),
        of(NUMBERS, "score of the least long", () -> Score.of(Long.MIN_VALUE), IAE, "Score value=-9223372036854775808", "outside"),
        of(NUMBERS, "score decimal with five decimals", () -> Score.of(new BigDecimal("0.00001")), IAE, "Score value=0.00001", "more than 4 decimals"),
        of(NUMBERS, "score scaled beyond a million", () -> Score.ofScaled(10_000_000_001L), IAE, "Score value=1000000.0001", "outside"),
        of(NUMBERS, "score plus beyond a million", () -> Score.of(1_000_000).plus(Score.of(1)), IAE, "Score 1000000 plus 1", "1000001", "outside [-1000000, 1000000]"),
        of(NUMBERS, "score minus below minus a million", () -> Score.of(-1_000_000).minus(Score.of(1)), IAE, "Score -1000000 minus 1", "-1000001", "outside"),
        of(NUMBERS, "score text with a four-digit exponent", () -> Score.parse("1e1000"), IAE, "Score text='1e1000'", "outside [-64, 64]"),
        of(NUMBERS, "score text null", () -> Score.parse(null), NPE, "text"),
        // Ratio
        of(NUMBERS, "ratio over zero", () -> Ratio.of(1, 0), ARITH, "Ratio denominator=0", "numerator=1", "division by zero"),
        of(NUMBERS, "ratio divided by zero", () -> Ratio.of(1, 2).dividedBy(Ratio.ZERO), ARITH, "Ratio 1/2 divided by 0", "division by zero"),
        of(NUMBERS, "ratio text over zero", () -> Ratio.parse("3/0"), IAE, "Ratio text='3/0'", "has denominator 0"),
        of(NUMBERS, "ratio text of letters", () -> Ratio.parse("a/b"), IAE, "Ratio text='a/b'", "numerator='a'", "holds 'a'"),
        of(NUMBERS, "ratio text with two slashes", () -> Ratio.parse("1/2/3"), IAE, "Ratio text='1/2/3'", "denominator='2/3'", "holds '/'"),
        of(NUMBERS, "ratio text as a decimal", () -> Ratio.parse("0.5"), IAE, "Ratio text='0.5'", "holds '.'", "whole number"),
        of(NUMBERS, "ratio text without a numerator", () -> Ratio.parse("/2"), IAE, "Ratio text='/2'", "numerator=''", "is blank"),
        of(NUMBERS, "ratio text without a denominator", () -> Ratio.parse("1/"), IAE, "Ratio text='1/'", "denominator=''", "is blank"),
        of(NUMBERS, "ratio text of 1001 digits", () -> Ratio.parse("7".repeat(1001)), IAE, "Ratio text='7777", "has 1001 characters, more than the 1000"),
        of(NUMBERS, "ratio of a decimal with exponent -65", () -> Ratio.of(new BigDecimal("1e-65")), IAE, "Ratio value=1E-65", "outside [-64, 64]"),
        of(NUMBERS, "ratio rounding needed under UNNECESSARY", () -> Ratio.of(1, 3).rounded(2, RoundingMode.UNNECESSARY), ARITH, "Ratio 1/3", "needs rounding to 2 decimals", "UNNECESSARY"),
        of(NUMBERS, "ratio rounded to 65 decimals", () -> Ratio.of(1, 3).rounded(65, RoundingMode.HALF_UP), IAE, "Ratio decimals=65", "outside [-64, 64]"),
        of(NUMBERS, "ratio rounding mode null", () -> Ratio.of(1, 3).rounded(2, null), NPE, "mode"),
        // Percent, percentage points, growth
        of(NUMBERS, "percent text of letters", () -> Percent.parse("abc%"), IAE, "Percent text='abc%'", "number='abc'", "holds 'a'"),
        of(NUMBERS, "percent text of a sign alone", () -> Percent.parse("%"), IAE, "Percent text='%'", "is blank"),
        of(NUMBERS, "percent text with two signs", () -> Percent.parse("64.6%%"), IAE, "Percent text='64.6%%'", "holds '%'"),
        of(NUMBERS, "percent text with exponent 65", () -> Percent.parse("1e65%"), IAE, "Percent text='1e65%'", "outside [-64, 64]"),
        of(NUMBERS, "percent decimal with exponent -70", () -> Percent.ofPercent(new BigDecimal("1e-70")), IAE, "Percent percent=1E-70", "outside [-64, 64]"),
        of(NUMBERS, "percent rounded to -1 decimals", () -> Percent.of(Ratio.ONE).rounded(-1, RoundingMode.HALF_UP), IAE, "Percent decimals=-1", "must not be negative"),
        of(NUMBERS, "percent rounded to 65 decimals", () -> Percent.of(Ratio.ONE).rounded(65, RoundingMode.HALF_UP), IAE, "Percent decimals=65", "outside [0, 64]"),
        of(NUMBERS, "percent format needing rounding under UNNECESSARY", () -> Percent.of(Ratio.of(1, 3)).format(1, RoundingMode.UNNECESSARY), ARITH, "1/3 times 100", "needs rounding to 1 decimals", "UNNECESSARY"),
        of(NUMBERS, "percent of a null fraction", () -> Percent.of(null), NPE, "fraction"),
        of(NUMBERS, "percentage points rounded to -1 decimals", () -> PercentagePoints.of(Ratio.ONE).rounded(-1, RoundingMode.HALF_UP), IAE, "PercentagePoints decimals=-1", "must not be negative"),
        of(NUMBERS, "percentage points rounded to 65 decimals", () -> PercentagePoints.of(Ratio.ONE).rounded(65, RoundingMode.HALF_UP), IAE, "PercentagePoints decimals=65", "outside [0, 64]"),
        of(NUMBERS, "growth of a null rate", () -> Growth.of(null), NPE, "rate"),
        // Capacity
        of(NUMBERS, "capacity text of zero", () -> Capacity.parse("0万吨/年"), IAE, "Capacity amount=0", "must be positive"),
        of(NUMBERS, "capacity text without a unit", () -> Capacity.parse("35"), IAE, "Capacity text='35'", "not a number followed by a unit"),
        of(NUMBERS, "capacity text without a number", () -> Capacity.parse("万吨"), IAE, "Capacity text='万吨'", "not a number followed by a unit"),
        of(NUMBERS, "capacity text per month", () -> Capacity.parse("35万吨/月"), IAE, "Capacity text='35万吨/月'", "an optional /年"),
        of(NUMBERS, "capacity text whose unit holds a digit", () -> Capacity.parse("1e5吨"), IAE, "Capacity unit='e5吨'", "no digit and no '/'"),
        of(NUMBERS, "capacity unit with a slash", () -> Capacity.of("35", "万吨/月", false), IAE, "Capacity unit='万吨/月'", "no digit and no '/'"),
        of(NUMBERS, "capacity of a negative amount", () -> Capacity.of(new BigDecimal("-1"), "吨", true), IAE, "Capacity amount=-1", "must be positive"),
        of(NUMBERS, "capacity amount text of letters", () -> Capacity.of("abc", "吨", true), IAE, "Capacity amount='abc'", "holds 'a'"),
        of(NUMBERS, "capacity amount with exponent -70", () -> Capacity.of(new BigDecimal("1e-70"), "吨", true), IAE, "Capacity amount=1E-70", "outside [-64, 64]"),
        of(NUMBERS, "capacity unit with a space before it", () -> Capacity.of("35", " 吨", true), IAE, "Capacity unit=' 吨'", "has whitespace around it"),
        of(NUMBERS, "capacity unit with a zero-width space", () -> Capacity.of("35", "万\u200B吨", true), IAE, "Capacity unit='万\\u200B吨'", "invisible character U+200B"),
        of(NUMBERS, "capacity text null", () -> Capacity.parse(null), NPE, "text"),
        // ReportPeriod
        of(PERIODS, "period year 999", () -> ReportPeriod.ofYear(999), IAE, "ReportPeriod year=999", "outside [1000, 9999]"),
        of(PERIODS, "period year 10000", () -> ReportPeriod.ofYear(10_000), IAE, "ReportPeriod year=10000", "outside [1000, 9999]"),
        of(PERIODS, "period half 3", () -> ReportPeriod.ofHalfYear(2022, 3), IAE, "HALF_YEAR index=3", "outside [1, 2]"),
        of(PERIODS, "period quarter 0", () -> ReportPeriod.ofQuarter(2022, 0), IAE, "QUARTER index=0", "outside [1, 4]"),
        of(PERIODS, "period month 13", () -> ReportPeriod.ofMonth(2022, 13), IAE, "MONTH index=13", "outside [1, 12]"),
        of(PERIODS, "period year to date of January", () -> ReportPeriod.yearToDate(2022, 1), IAE, "YEAR_TO_DATE index=1", "outside [2, 12]", "January alone is the month ofMonth(2022, 1)"),
        of(PERIODS, "period kind null", () -> ReportPeriod.of(2022, null, 1), NPE, "kind"),
        of(PERIODS, "period of a month in year 999", () -> ReportPeriod.of(YearMonth.of(999, 1)), IAE, "ReportPeriod year=999", "outside [1000, 9999]"),
        of(PERIODS, "period of a null month", () -> ReportPeriod.of((YearMonth) null), NPE, "month"),
        of(PERIODS, "period of index 5 of the year", () -> ReportPeriod.of(2022, PeriodKind.YEAR, 5), IAE, "YEAR index=5", "outside [1, 1]"),
        of(PERIODS, "period text 2022H3", () -> ReportPeriod.parse("2022H3"), IAE, "ReportPeriod text='2022H3'", "names no real period", "index=3"),
        of(PERIODS, "period text of a fifth quarter", () -> ReportPeriod.parse("2022年第五季度"), IAE, "ReportPeriod text='2022年第五季度'", "names no real period", "QUARTER index=5"),
        of(PERIODS, "period text of month 00", () -> ReportPeriod.parse("2022-00"), IAE, "ReportPeriod text='2022-00'", "MONTH index=0"),
        of(PERIODS, "period text with a two-digit year", () -> ReportPeriod.parse("22H1"), IAE, "ReportPeriod text='22H1'", "does not start with a year of four ASCII digits"),
        of(PERIODS, "period text with a space inside", () -> ReportPeriod.parse("2022 H1"), IAE, "ReportPeriod text='2022 H1'", "has whitespace inside it, at index 4"),
        of(PERIODS, "period text spanning from March", () -> ReportPeriod.parse("2022年3-5月"), IAE, "ReportPeriod text='2022年3-5月'", "spans months from 3月", "starts in January"),
        of(PERIODS, "period text of a span without its first month", () -> ReportPeriod.parse("2022年-5月"), IAE, "ReportPeriod text='2022年-5月'", "first month ''", "neither one or two ASCII digits nor a Chinese numeral"),
        of(PERIODS, "period text spanning to month 13", () -> ReportPeriod.parse("2022年1-13月"), IAE, "ReportPeriod text='2022年1-13月'", "names no real period", "index=13"),
        of(PERIODS, "period text spanning into the next year", () -> ReportPeriod.parse("2022-01/2023-05"), IAE, "ReportPeriod text='2022-01/2023-05'", "from January of one year"),
        of(PERIODS, "period text with a last month of letters", () -> ReportPeriod.parse("2022-01/0x"), IAE, "ReportPeriod text='2022-01/0x'", "last month '0x'", "not two ASCII digits"),
        of(PERIODS, "period text of Q without a digit", () -> ReportPeriod.parse("2022Q"), IAE, "ReportPeriod text='2022Q'", "has Q not followed by one ASCII digit"),
        of(PERIODS, "period text of a thirteenth month in numerals", () -> ReportPeriod.parse("2022年十三月"), IAE, "ReportPeriod text='2022年十三月'", "MONTH index=13"),
        of(PERIODS, "period text of a month in financial numerals", () -> ReportPeriod.parse("2022年壹月"), IAE, "ReportPeriod text='2022年壹月'", "month '壹'", "neither one or two ASCII digits nor a Chinese numeral"),
        of(PERIODS, "period text of a season", () -> ReportPeriod.parse("2022年春季"), IAE, "ReportPeriod text='2022年春季'", "is not of a form ReportPeriod reads"),
        of(PERIODS, "period text with an unknown marker", () -> ReportPeriod.parse("2022X"), IAE, "ReportPeriod text='2022X'", "is not of a form ReportPeriod reads"),
        of(PERIODS, "period text of 40 characters", () -> ReportPeriod.parse("2022" + "年".repeat(36)), IAE, "has 40 characters, more than the 32"),
        of(PERIODS, "period text empty", () -> ReportPeriod.parse(""), IAE, "ReportPeriod text=''", "does not start with a year"),
        of(PERIODS, "period before year 1000", () -> ReportPeriod.ofYear(1000).previous(), DateTimeException.class, "ReportPeriod 1000 has no previous", "years run from 1000 to 9999"),
        of(PERIODS, "period after year 9999", () -> ReportPeriod.ofQuarter(9999, 4).next(), DateTimeException.class, "ReportPeriod 9999Q4 has no next", "years run from 1000 to 9999"),
        of(PERIODS, "period same period of year 999", () -> ReportPeriod.ofHalfYear(1000, 1).samePeriodLastYear(), DateTimeException.class, "ReportPeriod 1000H1 has no same period last year"),
        of(PERIODS, "period text null", () -> ReportPeriod.parse(null), NPE, "text"),
        // ChineseNumerals
        of(PERIODS, "numeral of -1", () -> ChineseNumerals.format(-1), IAE, "ChineseNumerals value=-1", "outside [0, 99999999]"),
        of(PERIODS, "numeral of 10^8", () -> ChineseNumerals.format(100_000_000), IAE, "ChineseNumerals value=100000000", "outside [0, 99999999]"),
        of(PERIODS, "numeral text with a trailing 零", () -> ChineseNumerals.parse("一百零"), IAE, "ChineseNumerals text='一百零'", "not in standard form", "read as 100, it is written 一百"),
        of(PERIODS, "numeral text of two digits in a row", () -> ChineseNumerals.parse("一零一"), IAE, "ChineseNumerals text='一零一'", "two digits in a row at index 1"),
        of(PERIODS, "numeral text with units out of order", () -> ChineseNumerals.parse("十百"), IAE, "ChineseNumerals text='十百'", "has 百 at index 1 after a unit no larger than it"),
        of(PERIODS, "numeral text in financial numerals", () -> ChineseNumerals.parse("壹"), IAE, "ChineseNumerals text='壹'", "holds '壹' (U+58F9) at index 0"),
        of(PERIODS, "numeral text blank", () -> ChineseNumerals.parse("\u3000"), IAE, "ChineseNumerals text='\\u3000'", "is blank"),
        of(PERIODS, "numeral text of 两 alone", () -> ChineseNumerals.parse("两"), IAE, "ChineseNumerals text='两'", "stands for 2 only before 百, 千 or 万"),
        of(PERIODS, "numeral text of 万 alone", () -> ChineseNumerals.parse("万"), IAE, "ChineseNumerals text='万'", "has 万 at index 0 with no number before it"),
        of(PERIODS, "numeral text with 万 twice", () -> ChineseNumerals.parse("一万一万"), IAE, "ChineseNumerals text='一万一万'", "has 万 twice"),
        of(PERIODS, "numeral text of 百 alone", () -> ChineseNumerals.parse("百"), IAE, "ChineseNumerals text='百'", "has 百 at index 0 with no digit before it"),
        of(PERIODS, "numeral text of 33 characters", () -> ChineseNumerals.parse("一".repeat(33)), IAE, "has 33 characters, more than the 32"),
        of(PERIODS, "numeral text without the 一 of 一十", () -> ChineseNumerals.parse("一百十"), IAE, "ChineseNumerals text='一百十'", "it is written 一百一十"),
        of(PERIODS, "numeral text with a zero-width space", () -> ChineseNumerals.parse("十\u200B"), IAE, "ChineseNumerals text='十\\u200B'", "holds U+200B at index 1"),
        of(PERIODS, "numeral text with a space inside", () -> ChineseNumerals.parse("一 二"), IAE, "ChineseNumerals text='一 二'", "holds U+0020 at index 1"),
        of(PERIODS, "numeral text with a lone surrogate", () -> ChineseNumerals.parse("十\uD800"), IAE, "holds U+D800 at index 1"),
        of(PERIODS, "numeral text null", () -> ChineseNumerals.parse(null), NPE, "text"),
        // DivisionCode, CreditCode
        of(CODES, "division code of five digits", () -> DivisionCode.of("37152"), IAE, "DivisionCode code='37152'", "is not six digits 0-9"),
        of(CODES, "division code with a letter", () -> DivisionCode.of("37152X"), IAE, "DivisionCode code='37152X'", "is not six digits 0-9"),
        of(CODES, "division code of an unknown province", () -> DivisionCode.of("991525"), IAE, "DivisionCode code='991525'", "province prefix 99", "not a GB/T 2260 province"),
        of(CODES, "division code with a county part under no prefecture", () -> DivisionCode.of("370025"), IAE, "DivisionCode code='370025'", "county part 25 under prefecture part 00"),
        of(CODES, "division code with a space before it", () -> DivisionCode.of(" 371525"), IAE, "DivisionCode code=' 371525'", "is not six digits 0-9"),
        of(CODES, "division code in full-width digits", () -> DivisionCode.of("３７１５２５"), IAE, "DivisionCode code='３７１５２５'", "is not six digits 0-9"),
        of(CODES, "prefecture of a province code", () -> DivisionCode.of("370000").prefecture(), ISE, "DivisionCode code='370000'", "names a province, which has no prefecture"),
        of(CODES, "division code null", () -> DivisionCode.of(null), NPE, "code"),
        of(CODES, "credit code of 17 characters", () -> CreditCode.of("91310110666007217"), IAE, "CreditCode code='91310110666007217'", "has 17 characters, not 18"),
        of(CODES, "credit code of 1000 characters", () -> CreditCode.of("9".repeat(1000)), IAE, "CreditCode code='9999", "(1000 chars)", "has 1000 characters, not 18"),
        of(CODES, "credit code with the letter I", () -> CreditCode.of("91310110666007217I"), IAE, "CreditCode code='91310110666007217I'", "character 'I' at position 18", "0123456789ABCDEFGHJKLMNPQRTUWXY"),
        of(CODES, "credit code in lower case", () -> CreditCode.of("91310110666007217t"), IAE, "CreditCode code='91310110666007217t'", "character 't' at position 18"),
        of(CODES, "credit code with a wrong check character", () -> CreditCode.of("91310110666007217U"), IAE, "CreditCode code='91310110666007217U'", "check character 'U', but positions 1-17 give 'T'"),
        of(CODES, "credit code with a wrong organisation check digit", () -> CreditCode.of(withCheck("91310110666007218")), IAE, "organisation code 666007218", "check digit '8' should be '7'"),
        of(CODES, "credit code of registration authority 0", () -> CreditCode.of("01310110666007217T"), IAE, "CreditCode code='01310110666007217T'", "registration authority '0' at position 1", "not one of GB 32100's"),
        of(CODES, "credit code of a type its authority does not use", () -> CreditCode.of("95310110666007217T"), IAE, "CreditCode code='95310110666007217T'", "organisation type '5' at position 2", "authority '9'"),
        of(CODES, "credit code of division 000000", () -> CreditCode.of("91000000666007217T"), IAE, "CreditCode code='91000000666007217T'", "division part 000000 at positions 3-8"),
        of(CODES, "credit code of an unknown province", () -> CreditCode.of("91990000666007217T"), IAE, "CreditCode code='91990000666007217T'", "division part 990000", "neither 100000 (national) nor a GB/T 2260 division code"),
        of(CODES, "credit check character of 3 characters", () -> CreditCode.checkCharacter("123"), IAE, "CreditCode first17='123'", "has 3 characters, not 17"),
        of(CODES, "credit check character over the letter O", () -> CreditCode.checkCharacter("9131011066600721O"), IAE, "CreditCode first17='9131011066600721O'", "character 'O' at position 17"),
        of(CODES, "credit code null", () -> CreditCode.of(null), NPE, "code"),
        // DivisionRegistry
        of(CODES, "registry look-up of a retired code", () -> GBT2260.require(DivisionCode.of("371523")), IAE, "GB/T 2260 (2023)", "has no division 371523"),
        of(CODES, "registry name check of a retired name", () -> GBT2260.checkName(DivisionCode.of("371503"), "茌平县"), IAE, "GB/T 2260 (2023) names 371503 茌平区 (山东省聊城市茌平区), not 茌平县"),
        of(CODES, "registry name check of a retired code", () -> GBT2260.checkName(DivisionCode.of("371523"), "茌平县"), IAE, "GB/T 2260 (2023) has no division 371523"),
        of(CODES, "registry name check of a blank name", () -> GBT2260.checkName(DivisionCode.of("371503"), " "), IAE, "DivisionRegistry name=' '", "is blank"),
        of(CODES, "registry county check of a retired code", () -> GBT2260.checkCounty(CHIPING_COUNTY), IAE, "County 茌平县: divisionCode=371523", "is not in GB/T 2260 (2023)"),
        of(CODES, "registry county check of a name not its code's", () -> GBT2260.checkCounty(CatalogueSamples.county("茌平县", CountyKind.COUNTY, "371503")), IAE, "County 茌平县: divisionCode=371503 is 茌平区 (山东省聊城市茌平区)", "not 茌平县"),
        of(CODES, "registry county check of a prefecture's wrong name", () -> GBT2260.checkCounty(GUANXIAN.withPrefecture(Prefecture.of("聊城", LIAOCHENG.code()))), IAE, "County 冠县: prefecture 371500 is 聊城市", "not 聊城"),
        of(CODES, "registry short name within a province of two", () -> GBT2260.byShortName("桥西区", DivisionCode.of("130000")), IAE, "short name 桥西区 matches", "within 130000 河北省", "look it up within a smaller division"),
        of(CODES, "registry children of a retired code", () -> GBT2260.children(DivisionCode.of("371523")), IAE, "has no division 371523"),
        of(CODES, "registry order declaring a county as a zone", () -> GBT2260.customaryOrder(List.of(GUANXIAN)), IAE, "customaryOrder: County 冠县 is a COUNTY", "only functional zones are declared"),
        of(CODES, "registry order declaring a zone twice", () -> GBT2260.customaryOrder(List.of(RESORT, RESORT)), IAE, "customaryOrder: County 聊城江北水城旅游度假区 is declared twice"),
        of(CODES, "registry order meeting an undeclared zone", () -> GBT2260.customaryOrder(List.of()).compare(RESORT, GUANXIAN), IAE, "functional zone 聊城江北水城旅游度假区 (度假区)", "not among the declared zones []"),
        of(CODES, "registry order meeting a retired code", () -> GBT2260.customaryOrder(List.of()).compare(CHIPING_COUNTY, GUANXIAN), IAE, "County 茌平县 has divisionCode=371523", "not in GB/T 2260 (2023)"),
        of(CODES, "registry order of a null zone", () -> GBT2260.customaryOrder(Arrays.asList(RESORT, null)), NPE, "zones element"),
        of(CODES, "registry look-up of a null code", () -> GBT2260.find(null), NPE, "code"),
        // Chinese words
        of(WORDS, "status word with a space inside", () -> ProjectStatus.fromChinese("在 建"), IAE, "ProjectStatus word='在 建'", "is not one of", "在建"),
        of(WORDS, "status word as the constant's name", () -> ProjectStatus.fromChinese("UNDER_CONSTRUCTION"), IAE, "ProjectStatus word='UNDER_CONSTRUCTION'", "is not one of"),
        of(WORDS, "status word empty", () -> ProjectStatus.fromChinese(""), IAE, "ProjectStatus word=''", "is not one of"),
        of(WORDS, "status word with a zero-width space", () -> ProjectStatus.fromChinese("在建\u200B"), IAE, "ProjectStatus word='在建\\u200B'", "is not one of"),
        of(WORDS, "county kind of a prefecture", () -> CountyKind.fromChinese("地级市"), IAE, "CountyKind word='地级市'", "is not one of", "县级市"),
        of(WORDS, "county kind of an autonomous prefecture", () -> CountyKind.fromChinese("自治州"), IAE, "CountyKind word='自治州'", "is not one of"),
        of(WORDS, "project category of industry as 工业", () -> ProjectCategory.fromChinese("工业"), IAE, "ProjectCategory word='工业'", "is not one of", "产业项目"),
        of(WORDS, "project level national", () -> ProjectLevel.fromChinese("国家级"), IAE, "ProjectLevel word='国家级'", "is not one of", "省级"),
        of(WORDS, "project level with a space inside", () -> ProjectLevel.fromChinese("省 级"), IAE, "ProjectLevel word='省 级'", "is not one of"),
        of(WORDS, "cluster level national", () -> ClusterLevel.fromChinese("国家级"), IAE, "ClusterLevel word='国家级'", "is not one of", "市级"),
        of(WORDS, "designation unicorn", () -> EnterpriseDesignation.fromChinese("独角兽"), IAE, "EnterpriseDesignation word='独角兽'", "is not one of", "专精特新"),
        of(WORDS, "evaluation aspect satisfaction", () -> EvaluationAspect.fromChinese("满意度"), IAE, "EvaluationAspect word='满意度'", "is not one of", "经济指标"),
        of(WORDS, "unit kind village committee", () -> UnitKind.fromChinese("村委会"), IAE, "UnitKind word='村委会'", "is not one of", "管委会"),
        of(WORDS, "unit kind word null", () -> UnitKind.fromChinese(null), NPE, "word"));
  }

  /** The first 17 characters with the check character that makes them pass it. */
  private static String withCheck(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }
}
