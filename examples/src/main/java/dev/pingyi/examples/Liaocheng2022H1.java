package dev.pingyi.examples;

import com.google.common.collect.ImmutableList;
import dev.pingyi.model.Growth;
import dev.pingyi.model.Percent;
import dev.pingyi.model.Capacity;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.Enterprise;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.ClusterLevel;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectPhase;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Yuan;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The facts of the Liaocheng city newspaper report on the first half of 2022: the county-level
 * units, the five evaluation groups of the first comprehensive evaluation (综合评议, 27 July
 * 2022) with their members in published rank order, and the key projects the report names, with
 * the figures it gives and no others.
 */
public final class Liaocheng2022H1 {

  /** 2022年上半年. */
  public static final ReportPeriod PERIOD = ReportPeriod.ofHalfYear(2022, 1);

  /** 聊城市, 371500. */
  public static final Prefecture LIAOCHENG = Prefecture.of("聊城市", DivisionCode.of("371500"));

  public static final County DONGCHANGFU = county("东昌府区", CountyKind.DISTRICT, "371502");
  public static final County CHIPING = county("茌平区", CountyKind.DISTRICT, "371503");
  public static final County YANGGU = county("阳谷县", CountyKind.COUNTY, "371521");
  public static final County SHENXIAN = county("莘县", CountyKind.COUNTY, "371522");
  public static final County DONG_E = county("东阿县", CountyKind.COUNTY, "371524");
  public static final County GUANXIAN = county("冠县", CountyKind.COUNTY, "371525");
  public static final County GAOTANG = county("高唐县", CountyKind.COUNTY, "371526");
  public static final County LINQING = county("临清市", CountyKind.COUNTY_LEVEL_CITY, "371581");
  public static final County DEVELOPMENT_ZONE = zone("聊城经济技术开发区", "开发区");
  public static final County HIGH_TECH_ZONE = zone("聊城高新技术产业开发区", "高新区");
  public static final County RESORT_ZONE = zone("聊城江北水城旅游度假区", "度假区");

  /** The eleven county-level units: the eight with division codes in code order, then the zones. */
  public static final ImmutableList<County> COUNTIES = ImmutableList.of(
      DONGCHANGFU, CHIPING, YANGGU, SHENXIAN, DONG_E, GUANXIAN, GAOTANG, LINQING,
      DEVELOPMENT_ZONE, HIGH_TECH_ZONE, RESORT_ZONE);

  /** 一、各县(市、区)政府、市属开发区管委会: eleven units in published rank order. */
  public static final EvaluationGroup COUNTY_LEVEL = EvaluationGroup.builder()
      .id("county-level")
      .name("各县（市、区）政府、市属开发区管委会")
      .category("县（市、区）")
      .period(PERIOD)
      .addMembers(
          EvaluatedUnit.governing("茌平区政府", CHIPING),
          EvaluatedUnit.governing("冠县政府", GUANXIAN),
          EvaluatedUnit.governing("开发区管委会", DEVELOPMENT_ZONE),
          EvaluatedUnit.governing("高新区管委会", HIGH_TECH_ZONE),
          EvaluatedUnit.governing("高唐县政府", GAOTANG),
          EvaluatedUnit.governing("莘县政府", SHENXIAN),
          EvaluatedUnit.governing("东昌府区政府", DONGCHANGFU),
          EvaluatedUnit.governing("临清市政府", LINQING),
          EvaluatedUnit.governing("度假区管委会", RESORT_ZONE),
          EvaluatedUnit.governing("东阿县政府", DONG_E),
          EvaluatedUnit.governing("阳谷县政府", YANGGU))
      .build();

  /** 二、市政府工作部门: the parent of the three department groups; no members of its own. */
  public static final EvaluationGroup DEPARTMENTS = EvaluationGroup.builder()
      .id("departments")
      .name("市政府工作部门")
      .category("市政府部门")
      .period(PERIOD)
      .build();

  /** (一)经济部门: fourteen departments in published rank order. */
  public static final EvaluationGroup ECONOMIC_DEPARTMENTS = departmentGroup(
      "economic-departments", "经济部门",
      "市农业农村局", "市发展改革委", "市水利局", "市财政局", "市工业和信息化局", "市自然资源和规划局",
      "市国资委", "市统计局", "市商务投资促进局", "市文化和旅游局", "市地方金融监管局", "市住房城乡建设局",
      "市交通运输局", "市科技局");

  /** (二)社会管理和执法监督部门: nine departments in published rank order. */
  public static final EvaluationGroup SOCIAL_MANAGEMENT_DEPARTMENTS = departmentGroup(
      "social-management-departments", "社会管理和执法监督部门",
      "市公安局", "市应急局", "市城管局", "市生态环境局", "市市场监管局", "市退役军人局", "市审计局",
      "市司法局", "市信访局");

  /** (三)政务和社会事业部门: eleven departments in published rank order. */
  public static final EvaluationGroup PUBLIC_AFFAIRS_DEPARTMENTS = departmentGroup(
      "public-affairs-departments", "政务和社会事业部门",
      "市政府办公室", "市行政审批局", "市机关事务局", "市政府研究室", "市卫生健康委", "市人力资源社会保障局",
      "市民政局", "市医保局", "市外办", "市大数据局", "市教育体育局");

  /** 三、市直部分事业单位: eight institutions in published rank order. */
  public static final EvaluationGroup PUBLIC_INSTITUTIONS = EvaluationGroup.builder()
      .id("public-institutions")
      .name("市直部分事业单位")
      .category("市属事业单位")
      .period(PERIOD)
      .addAllMembers(units(EvaluatedUnit::institution,
          "市住房公积金管理中心", "市位山灌区管理服务中心", "市农业科学院", "市广播电视台",
          "市高铁新区发展服务中心", "市公路事业发展中心", "市供销合作社", "市地震监测中心"))
      .build();

  /** The five ranked groups, in the report's order. */
  public static final ImmutableList<EvaluationGroup> RANKED_GROUPS = ImmutableList.of(
      COUNTY_LEVEL, ECONOMIC_DEPARTMENTS, SOCIAL_MANAGEMENT_DEPARTMENTS, PUBLIC_AFFAIRS_DEPARTMENTS,
      PUBLIC_INSTITUTIONS);

  /** 冠县钢铁延链绿色智造: among Shandong's 30 characteristic industry clusters, May 2022. */
  public static final IndustryCluster GUANXIAN_STEEL = IndustryCluster.builder()
      .name("冠县钢铁延链绿色智造")
      .county(GUANXIAN)
      .level(ClusterLevel.PROVINCIAL)
      .yearRecognised(2022)
      .addCapacities(Capacity.parse("1600万吨"))
      .build();

  /** 低碳数字化纺织: recognised as a provincial characteristic industry cluster in 2022. */
  public static final IndustryCluster GUANXIAN_TEXTILES = IndustryCluster.builder()
      .name("低碳数字化纺织")
      .county(GUANXIAN)
      .level(ClusterLevel.PROVINCIAL)
      .yearRecognised(2022)
      .addCapacities(Capacity.parse("180万锭/年"), Capacity.parse("1200万件/年"))
      .build();

  /** 轴承: recognised as a provincial characteristic industry cluster in 2022. */
  public static final IndustryCluster GUANXIAN_BEARINGS = IndustryCluster.builder()
      .name("轴承")
      .county(GUANXIAN)
      .level(ClusterLevel.PROVINCIAL)
      .yearRecognised(2022)
      .addCapacities(Capacity.parse("100万吨/年"))
      .build();

  /** 绿色环保纸业: recognised as a provincial characteristic industry cluster in 2022. */
  public static final IndustryCluster GUANXIAN_PAPER = IndustryCluster.builder()
      .name("绿色环保纸业")
      .county(GUANXIAN)
      .level(ClusterLevel.PROVINCIAL)
      .yearRecognised(2022)
      .build();

  /** The clusters of 冠县 the report names. */
  public static final ImmutableList<IndustryCluster> CLUSTERS = ImmutableList.of(
      GUANXIAN_STEEL, GUANXIAN_TEXTILES, GUANXIAN_BEARINGS, GUANXIAN_PAPER);

  /** 冠县莱达复合材料有限公司: two new zinc-magnesium lines, in production. */
  public static final Project LAIDA_ZINC_MAGNESIUM = Project.builder()
      .id("guanxian-laida-zinc-magnesium")
      .name("冠县莱达复合材料有限公司镀锌锌镁生产线项目")
      .county(GUANXIAN)
      .enterprise(Enterprise.named("冠县莱达复合材料有限公司"))
      .category(ProjectCategory.INDUSTRY)
      .status(ProjectStatus.IN_PRODUCTION)
      .planYear(2022)
      .cluster(GUANXIAN_STEEL)
      .build();

  /** 市"一校三馆": the city's largest public cultural facility, under construction. */
  public static final Project ONE_SCHOOL_THREE_HALLS = Project.builder()
      .id("resort-one-school-three-halls")
      .name("市“一校三馆”项目")
      .county(RESORT_ZONE)
      .category(ProjectCategory.PUBLIC_SERVICE)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .build();

  /** 山东乐宝宠物食品有限公司高端宠物食品项目: total investment 13.8 亿元, under construction. */
  public static final Project LEBAO_PET_FOOD = Project.builder()
      .id("guanxian-lebao-pet-food")
      .name("山东乐宝宠物食品有限公司高端宠物食品项目")
      .county(GUANXIAN)
      .enterprise(Enterprise.named("山东乐宝宠物食品有限公司"))
      .category(ProjectCategory.INDUSTRY)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .totalInvestment(Yuan.parse("13.8亿元"))
      .build();

  /** 仁泽复合材料有限公司镀锌锌镁生产线: 35 万吨 a year, revenue 16 亿元, tax 4500 万元, 100+ jobs. */
  public static final Project RENZE_ZINC_MAGNESIUM = Project.builder()
      .id("guanxian-renze-zinc-magnesium")
      .name("仁泽复合材料有限公司镀锌锌镁生产线项目")
      .county(GUANXIAN)
      .enterprise(Enterprise.named("仁泽复合材料有限公司"))
      .category(ProjectCategory.INDUSTRY)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .cluster(GUANXIAN_STEEL)
      .addCapacities(Capacity.parse("35万吨/年"))
      .expectedAnnualRevenue(Yuan.parse("16亿元"))
      .expectedAnnualTax(Yuan.parse("4500万元"))
      .expectedJobs(100)
      .build();

  /**
   * 海亮奥博特智能化生产线: 3.7 亿元 invested this year (the plan year's investment) in a new line of
   * 4.8 万吨 a year, beside the upgrade of four lines of 6.5 万吨; 12 万吨 a year afterwards.
   */
  public static final Project HAILIANG_AOBOTE = Project.builder()
      .id("linqing-hailiang-aobote")
      .name("海亮奥博特年产4.8万吨智能化生产线及4条生产线智能化改造项目")
      .county(LINQING)
      .enterprise(Enterprise.named("海亮奥博特"))
      .category(ProjectCategory.INDUSTRY)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .annualPlannedInvestment(Yuan.parse("3.7亿元"))
      .addCapacities(Capacity.parse("4.8万吨/年"))
      .build();

  /** 临清经济开发区电子信息产业园: total investment 8 亿元, three phases, the first two delivered. */
  public static final Project LINQING_ELECTRONICS_PARK = Project.builder()
      .id("linqing-electronics-park")
      .name("临清经济开发区电子信息产业园")
      .county(LINQING)
      .category(ProjectCategory.INDUSTRY)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .totalInvestment(Yuan.parse("8亿元"))
      .addPhases(
          ProjectPhase.of(1, ProjectStatus.IN_PRODUCTION),
          ProjectPhase.of(2, ProjectStatus.IN_PRODUCTION),
          ProjectPhase.of(3, ProjectStatus.UNDER_CONSTRUCTION))
      .build();

  /** 山东洛奥医药健康产业园: phase 1 producing by the end of 2022, 1000 吨 a year. */
  public static final Project LUOAO_MEDICAL_PARK = Project.builder()
      .id("linqing-luoao-medical-park")
      .name("山东洛奥医药健康产业园")
      .county(LINQING)
      .category(ProjectCategory.INDUSTRY)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .addCapacities(Capacity.parse("1000吨/年"))
      .addPhases(ProjectPhase.of(1, ProjectStatus.UNDER_CONSTRUCTION))
      .build();

  /** 邓楼安置区一期: 14 high-rise residential buildings, completion expected October 2022. */
  public static final Project DENGLOU_RESETTLEMENT = Project.builder()
      .id("resort-denglou-resettlement-1")
      .name("邓楼安置区一期项目")
      .county(RESORT_ZONE)
      .category(ProjectCategory.URBAN_DEVELOPMENT)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .completionMonth(YearMonth.of(2022, 10))
      .build();

  /** 度假区实验学校: 36 junior-middle and 18 primary classes, enrolling in autumn 2022. */
  public static final Project RESORT_EXPERIMENTAL_SCHOOL = Project.builder()
      .id("resort-experimental-school")
      .name("度假区实验学校项目")
      .county(RESORT_ZONE)
      .category(ProjectCategory.PUBLIC_SERVICE)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .build();

  /** The key projects the report names with a figure, a status or a capacity. */
  public static final ImmutableList<Project> PROJECTS = ImmutableList.of(
      LEBAO_PET_FOOD, RENZE_ZINC_MAGNESIUM, LAIDA_ZINC_MAGNESIUM, HAILIANG_AOBOTE, LINQING_ELECTRONICS_PARK,
      LUOAO_MEDICAL_PARK, DENGLOU_RESETTLEMENT, RESORT_EXPERIMENTAL_SCHOOL, ONE_SCHOOL_THREE_HALLS);

  /** 临清市: key projects (省市县重点项目) of 2022. */
  public static final int LINQING_KEY_PROJECTS = 107;

  /** 临清市: key projects started in the first half of 2022. */
  public static final int LINQING_KEY_PROJECTS_STARTED = 102;

  /** 临清市: total investment of the 107 key projects. */
  public static final Yuan LINQING_KEY_PROJECTS_INVESTMENT = Yuan.parse("763亿元");

  /** 临清市: provincial key projects' completed investment as a share of the annual plan, as published. */
  public static final Percent LINQING_PROVINCIAL_PLAN_COMPLETION = Percent.parse("64.6%");

  /** 临清市: general public budget revenue in the first half of 2022. */
  public static final Yuan LINQING_BUDGET_REVENUE = Yuan.parse("11.9亿元");

  /** 临清市: growth of the budget revenue on the first half of 2021, as published. */
  public static final Growth LINQING_BUDGET_REVENUE_GROWTH = Growth.of(Percent.parse("6.8%"));

  /** 度假区: general public budget spending in the first half of 2022. */
  public static final Yuan RESORT_BUDGET_SPENDING = Yuan.parse("4.98亿元");

  /** 度假区: of which spending on livelihood (民生). */
  public static final Yuan RESORT_LIVELIHOOD_SPENDING = Yuan.parse("4.04亿元");

  /** 度假区: the livelihood share as the report prints it, from unrounded inputs. */
  public static final Percent RESORT_LIVELIHOOD_SHARE_PRINTED = Percent.parse("81.2%");

  private Liaocheng2022H1() {}

  private static County county(String name, CountyKind kind, String code) {
    return County.builder()
        .name(name)
        .kind(kind)
        .divisionCode(DivisionCode.of(code))
        .prefecture(LIAOCHENG)
        .build();
  }

  private static County zone(String name, String shortName) {
    return County.builder()
        .name(name)
        .shortName(shortName)
        .kind(CountyKind.FUNCTIONAL_ZONE)
        .prefecture(LIAOCHENG)
        .build();
  }

  private static EvaluationGroup departmentGroup(String id, String name, String... members) {
    return EvaluationGroup.builder()
        .id(id)
        .name(name)
        .category("市政府部门")
        .period(PERIOD)
        .parent(DEPARTMENTS)
        .addAllMembers(units(EvaluatedUnit::department, members))
        .build();
  }

  private static List<EvaluatedUnit> units(
      java.util.function.Function<String, EvaluatedUnit> factory, String... names) {
    return Arrays.stream(names).map(factory).collect(ImmutableList.toImmutableList());
  }
}
