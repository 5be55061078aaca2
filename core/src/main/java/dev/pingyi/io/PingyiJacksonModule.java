package dev.pingyi.io;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module of Pingyi: JSON for every model type, the scoring scheme, rankings and
 * investment totals, read back through the model's builders so that every rule of the model runs
 * — a score of 130 on a 0–100 component is rejected as {@code ScoreSheet.builder()} rejects it.
 *
 * <p>Found by {@code JsonMapper.builder().findAndAddModules()} on the class path (it is listed in
 * {@code META-INF/services/tools.jackson.databind.JacksonModule}); on the module path, and
 * anywhere else, add it with {@code addModule(new PingyiJacksonModule())} or take {@link
 * PingyiJson#mapper()}. Jackson is an optional dependency of pingyi-core: only a user of this
 * module needs {@code tools.jackson.core:jackson-databind} 3.
 *
 * <h2>The form</h2>
 *
 * <ul>
 *   <li>Every property is named as the model's accessor, in camelCase English, and written in
 *       the order of the table below. Properties are never renamed within a major version.
 *   <li><b>Decimals are JSON strings, never JSON numbers</b>, so that no amount or score passes
 *       through binary floating point on the way: {@code "1380000000.00"}, {@code "92.5"},
 *       {@code "0.7"}. A JSON number where a decimal belongs is an error, even {@code 100}.
 *       Counts, years, positions and scales are JSON integers; a string or a fraction there is
 *       an error.
 *   <li><b>An amount ({@code Yuan}) is written in yuan with two decimals</b>, {@code
 *       "1380000000.00"} for 13.8亿元: exact, one form for every amount, and sortable as a
 *       number by any JSON tool. Reading takes a plain decimal number of yuan and nothing else —
 *       no unit such as 亿元, no exponent — and a fraction of a fen is an error.
 *   <li>Codes, periods and months are their text forms: {@code "371525"}, {@code
 *       "91310110666007217T"}, {@code "2022H1"}, {@code "2022-07"}. A period is read by {@code
 *       ReportPeriod.parse}, so {@code "2022年上半年"} is read too; it is written as {@code
 *       ReportPeriod.toString()} writes it.
 *   <li><b>Enums are their constant names</b>, exactly: {@code "UNDER_CONSTRUCTION"}. Chinese
 *       words such as 在建 are not read — a word has synonyms and a constant name has one
 *       spelling; read Chinese words from reports with the enum's {@code fromChinese}. Nor is a
 *       constant's index or another case.
 *   <li>Percentages, percentage points and growth rates are their exact fraction as a {@code
 *       Ratio} string: 50 % is {@code "1/2"}, never a rounded {@code "50.0%"}.
 *   <li>A map whose keys are objects is an array of objects: a sheet's scores are {@code
 *       [{"component": {…}, "score": "92.5"}]}, grouped totals {@code [{"key": {…}, "totals":
 *       {…}}]}.
 *   <li>An optional property is left out when absent; JSON {@code null} for it reads as absent.
 *       A collection is always written, {@code []} when empty, and may be left out when read.
 *       A property with a default ({@code County.shortName}, {@code ScoringScheme.ranking}) is
 *       always written and may be left out when read.
 * </ul>
 *
 * <table>
 *   <caption>Properties of each type; required ones in bold</caption>
 *   <tr><th>type</th><th>JSON</th><th>properties</th></tr>
 *   <tr><td>{@code Yuan}</td><td>string</td><td>{@code "1380000000.00"}: yuan, two decimals</td></tr>
 *   <tr><td>{@code Score}</td><td>string</td><td>{@code "92.5"}</td></tr>
 *   <tr><td>{@code Ratio}</td><td>string</td><td>{@code "102/107"}, {@code "3"}</td></tr>
 *   <tr><td>{@code Percent}, {@code PercentagePoints}, {@code Growth}</td><td>string</td>
 *       <td>the exact fraction: {@code "1/2"} for 50 %</td></tr>
 *   <tr><td>{@code ReportPeriod}</td><td>string</td><td>{@code "2022H1"}</td></tr>
 *   <tr><td>{@code DivisionCode}, {@code CreditCode}</td><td>string</td>
 *       <td>{@code "371525"}, {@code "91310110666007217T"}</td></tr>
 *   <tr><td>every enum</td><td>string</td><td>the constant's name</td></tr>
 *   <tr><td>{@code Division}</td><td>object</td><td><b>code</b>, <b>name</b>, <b>fullName</b>:
 *       read by looking the code up in {@code DivisionRegistry.gbt2260()}, both names checked</td></tr>
 *   <tr><td>{@code Prefecture}</td><td>object</td><td><b>name</b>, <b>code</b></td></tr>
 *   <tr><td>{@code County}</td><td>object</td><td><b>name</b>, shortName, <b>kind</b>,
 *       divisionCode, <b>prefecture</b></td></tr>
 *   <tr><td>{@code Enterprise}</td><td>object</td><td><b>name</b>, creditCode, designations</td></tr>
 *   <tr><td>{@code Capacity}</td><td>object</td><td><b>amount</b> (decimal string), <b>unit</b>,
 *       <b>perYear</b> (boolean)</td></tr>
 *   <tr><td>{@code ProjectPhase}</td><td>object</td><td><b>number</b>, <b>status</b></td></tr>
 *   <tr><td>{@code IndustryCluster}</td><td>object</td><td><b>name</b>, <b>county</b>,
 *       <b>level</b>, yearRecognised, chainLeader (an {@code Enterprise}), members,
 *       capacities</td></tr>
 *   <tr><td>{@code Project}</td><td>object</td><td><b>id</b>, <b>name</b>, <b>county</b>,
 *       enterprise, level, <b>category</b>, <b>status</b>, <b>planYear</b>, totalInvestment,
 *       annualPlannedInvestment, completedInvestment, cluster, capacities,
 *       expectedAnnualRevenue, expectedAnnualTax, expectedJobs, startMonth, completionMonth,
 *       phases</td></tr>
 *   <tr><td>{@code EvaluatedUnit}</td><td>object</td><td><b>name</b>, <b>kind</b>, county</td></tr>
 *   <tr><td>{@code EvaluationGroup}</td><td>object</td><td><b>id</b>, <b>name</b>,
 *       <b>category</b>, <b>period</b>, members, parent (an {@code EvaluationGroup}, and so up
 *       the chain)</td></tr>
 *   <tr><td>{@code ScoreComponent}</td><td>object</td><td><b>name</b>, <b>min</b>, <b>max</b></td></tr>
 *   <tr><td>{@code ScoreAdjustment}</td><td>object</td><td><b>points</b>, <b>reason</b></td></tr>
 *   <tr><td>{@code ScoreSheet}</td><td>object</td><td><b>unit</b>, <b>period</b>, scores (of
 *       {<b>component</b>, <b>score</b>}), bonuses, deductions, vetoReason</td></tr>
 *   <tr><td>{@code CompositeRule}</td><td>object</td><td>weights (of {<b>component</b>,
 *       <b>weight</b>}), bonusCap, deductionCap, publishedScale, publishedRounding (a {@code
 *       RoundingMode} name)</td></tr>
 *   <tr><td>{@code RankingRule}</td><td>object</td><td>tiePolicy, tieBreakers (components),
 *       vetoPolicy, missingSheetPolicy, rankBasis</td></tr>
 *   <tr><td>{@code ScoringScheme}</td><td>object</td><td><b>name</b>, <b>composite</b>,
 *       ranking</td></tr>
 *   <tr><td>{@code Ranking}</td><td>object</td><td><b>group</b>, scheme, sheets,
 *       publishedPlaces (an array of places, each an array of unit names), <b>entries</b> (of
 *       {<b>position</b>, <b>unit</b> (the name), <b>rank</b> (decimal string), <b>tieSize</b>,
 *       <b>status</b>, compositeScore, publishedScore}), exclusions (of {<b>unit</b>,
 *       <b>reason</b>, vetoReason})</td></tr>
 *   <tr><td>{@code InvestmentSum}</td><td>object</td><td><b>amount</b>, <b>reportedCount</b>,
 *       <b>absentCount</b></td></tr>
 *   <tr><td>{@code InvestmentTotals}</td><td>object</td><td><b>count</b>,
 *       <b>startedCount</b>, <b>totalInvestment</b>, <b>annualPlannedInvestment</b>,
 *       <b>completedInvestment</b> (each an {@code InvestmentSum})</td></tr>
 *   <tr><td>{@code GroupedTotals<K>}</td><td>object</td><td>groups (of {<b>key</b> (a
 *       {@code K}), <b>totals</b>}), overall</td></tr>
 *   <tr><td>{@code ScheduleProgress}</td><td>object</td><td><b>completion</b> (the exact
 *       fraction), <b>period</b></td></tr>
 * </table>
 *
 * <p>No other type of Pingyi has a JSON form, and none is ever written as a bean — Jackson's {@code
 * {}} or its getters — without a word: writing or reading one throws an {@link
 * tools.jackson.databind.exc.InvalidDefinitionException} (or a {@link JsonRuleException} when
 * reading) that names it and says what to write instead. A {@code RankedEntry}, a {@code
 * Breakdown} or an {@code Exclusion} is written inside the {@code Ranking} that holds it; an
 * analysis ({@code RankChange}, {@code WeightInterval}, {@code CriticalWeightChange}, tiers …) is
 * computed again from the rankings it comes from; a {@code ProjectLedger} or an accumulator is
 * written as the totals it gives.
 *
 * <h2>Rankings</h2>
 *
 * <p>A ranking's document carries what it was computed from beside what it states: the group,
 * and either the scheme and the sheets of the ranked units (a scored ranking) or the published
 * places (a ranking from a published order). Reading ranks the group again — {@code
 * Rankings.rank} or {@code Rankings.fromPublishedPlaces} — and compares every stated entry and
 * exclusion with the ranking made, in order; the first that differs is an error at its JSONPath,
 * {@code $.entries[3].rank}, naming the stated and the computed value. Decimals are compared by
 * value: {@code "91.10"} states 91.1. A ranking keeps no sheet of a unit it left out for a veto,
 * so neither does its document: reading lets the engine leave the unit out again by its stated
 * veto reason. Grouped totals are checked alike: an {@code overall} that is not the totals of
 * the groups is an error.
 *
 * <h2>Errors</h2>
 *
 * <p>Reading throws a {@link tools.jackson.core.JacksonException} and nothing else: Jackson's
 * {@link tools.jackson.core.exc.StreamReadException} for text that is not JSON, and a {@link
 * JsonRuleException} for JSON that is not a valid value — an unknown property, a property given
 * twice, a missing or null required property (naming every one missing), a value of the wrong
 * JSON type, or a value the model rejects — naming the JSONPath, the value and the rule, with
 * the model's message where the model rejected it. Unknown properties are an error whatever
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} says, which Jackson 3 turns off by
 * default: a reader that should skip them, say for documents of a later version, sets the
 * attribute {@link #SKIP_UNKNOWN_PROPERTIES}. No type information is read or written: this
 * module needs no polymorphic typing, and Pingyi's types are not {@code Serializable}.
 *
 * <p>Read a {@code GroupedTotals} with its key type, {@code new TypeReference<GroupedTotals<County>>()
 * {}}: the raw class is an error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PingyiJacksonModule extends JacksonModule {

  /**
   * The name of the reader attribute that makes Pingyi's readers skip unknown properties:
   * {@code mapper.readerFor(Project.class).withAttribute(SKIP_UNKNOWN_PROPERTIES, true)}.
   */
  public static final String SKIP_UNKNOWN_PROPERTIES = "dev.pingyi.io.skipUnknownProperties";

  /** The module; {@code ServiceLoader} calls this constructor. */
  public PingyiJacksonModule() {}

  /** {@code "pingyi"}. */
  @Override
  public String getModuleName() {
    return "pingyi";
  }

  /** Unknown: Pingyi's version is not Jackson's business. */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Adds Pingyi's serializers and deserializers. */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new JsonAdapters.PingyiSerializers());
    context.addDeserializers(new JsonAdapters.PingyiDeserializers());
  }
}
