package dev.pingyi.aggregate;

import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.SlotTable;
import dev.pingyi.model.Project;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A mutable accumulator of {@link GroupedTotals}: investment totals per key, merged like {@link
 * InvestmentAccumulator}. Each project's key is found in a dense slot table without boxing or
 * hashing the key again when the same key instance comes back.
 *
 * <p>Not thread-safe; use one per thread and merge with {@link #addAll}.
 *
 * @param <K> the type of the grouping key
 */
public final class GroupedTotalsAccumulator<K> {

  private final Function<? super Project, ? extends K> key;
  private final Comparator<? super K> order;
  private final SlotTable<K> index;
  private InvestmentAccumulator[] groups = new InvestmentAccumulator[16];
  private @Nullable Journal journal;

  /**
   * An empty accumulator that groups projects by the given key and orders the groups by the given
   * comparator, which must not call two different keys equal.
   */
  public GroupedTotalsAccumulator(
      Function<? super Project, ? extends K> key, Comparator<? super K> order) {
    this.key = requireNonNull(key, "key");
    this.order = requireNonNull(order, "order");
    this.index = new SlotTable<>(order);
  }

  /**
   * Adds a project to the group of its key.
   *
   * @throws NullPointerException if the key function returns null for the project
   * @throws ArithmeticException if a sum of its group overflows; the project is not added then
   */
  public void add(Project project) {
    requireNonNull(project, "project");
    K k = key.apply(project);
    if (k == null) {
      throw new NullPointerException(
          "GroupedTotals key function returned null for project " + project.id());
    }
    group(index.slotOf(k)).add(project);
  }

  /**
   * Adds every project, or none; see {@link #add}.
   *
   * @throws ArithmeticException if a sum overflows; nothing is added then
   * @throws NullPointerException if a project or its key is null; nothing is added then
   */
  public void addAll(Iterable<Project> projects) {
    requireNonNull(projects, "projects");
    atomically(() -> {
      for (Project project : projects) {
        add(project);
      }
    });
  }

  /**
   * Merges grouped totals computed elsewhere, group by group, or nothing.
   *
   * @throws ArithmeticException if a sum overflows; nothing is merged then
   */
  public void addAll(GroupedTotals<K> totals) {
    requireNonNull(totals, "totals");
    atomically(() -> {
      for (Map.Entry<K, InvestmentTotals> e : totals.groups().entrySet()) {
        group(index.slotOf(e.getKey())).addAll(e.getValue());
      }
    });
  }

  /** Merges another accumulator's current groups, or nothing; see {@link #addAll(GroupedTotals)}. */
  public void addAll(GroupedTotalsAccumulator<K> other) {
    requireNonNull(other, "other");
    atomically(() -> {
      for (int slot = 0; slot < other.index.size(); slot++) {
        InvestmentAccumulator theirs = other.groups[slot];
        if (theirs != null && theirs.count() > 0) {
          group(index.slotOf(other.index.key(slot))).addAll(theirs);
        }
      }
    });
  }

  /**
   * Runs a bulk operation so that, if it throws, every group it touched is put back as it was:
   * each group's state is saved the first time the operation reaches it. A key the operation saw
   * first stays in the slot table with an empty group, which no snapshot shows.
   */
  private void atomically(Runnable bulk) {
    Journal journal = new Journal();
    this.journal = journal;
    try {
      bulk.run();
    } catch (RuntimeException e) {
      journal.rollBack(groups);
      throw e;
    } finally {
      this.journal = null;
    }
  }

  /** The groups a bulk operation has touched, with their states before it. */
  private static final class Journal {
    private final BitSet saved = new BitSet();
    private final List<long[]> states = new ArrayList<>();
    private final List<Integer> slots = new ArrayList<>();

    void saveOnce(int slot, InvestmentAccumulator group) {
      if (!saved.get(slot)) {
        saved.set(slot);
        slots.add(slot);
        states.add(group.state());
      }
    }

    void rollBack(InvestmentAccumulator[] groups) {
      for (int i = 0; i < slots.size(); i++) {
        groups[slots.get(i)].restore(states.get(i));
      }
    }
  }

  /**
   * The totals of every group with at least one project, in the accumulator's order.
   *
   * @throws IllegalArgumentException if the order calls two different keys equal
   */
  public GroupedTotals<K> snapshot() {
    List<K> keys = new ArrayList<>(index.size());
    List<InvestmentTotals> totals = new ArrayList<>(index.size());
    for (int slot = 0; slot < index.size(); slot++) {
      InvestmentAccumulator group = groups[slot];
      if (group != null && group.count() > 0) {
        keys.add(index.key(slot));
        totals.add(group.snapshot());
      }
    }
    return GroupedTotals.sorted(keys, totals, order);
  }

  private InvestmentAccumulator group(int slot) {
    if (slot >= groups.length) {
      // past the slot, and at least twice as long: slot >= groups.length
      groups = Arrays.copyOf(groups, slot + groups.length);
    }
    InvestmentAccumulator group = groups[slot];
    if (group == null) {
      group = new InvestmentAccumulator();
      groups[slot] = group;
    }
    Journal bulk = journal;
    if (bulk != null) {
      bulk.saveOnce(slot, group);
    }
    return group;
  }
}
