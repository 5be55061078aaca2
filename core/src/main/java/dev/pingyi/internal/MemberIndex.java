package dev.pingyi.internal;

import static java.util.Objects.requireNonNull;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The index of an evaluation group's members that the group keeps for the ranking engine: the
 * members' order by name, and each member's place in it found from the member's instance.
 *
 * <p>The name order is {@link String#compareTo}'s, the order in which the engine lists tied
 * units; the engine works on a member's place in it (its <em>name rank</em>), so that ties are
 * ordered by a primitive key instead of by comparing names.
 *
 * <p>A unit is found by reference in an {@link IdentityTable}, whose slots hold the member
 * instance and its name rank side by side — sheets usually hold the very instances of their
 * group, so the common look-up calls no {@code hashCode} or {@code equals} and reads no name. A unit that is not one of the instances is looked up by a binary
 * search of the name order (O(log n) comparisons, never a scan, and no hash code a caller could
 * make collide) and must then equal the member of its name.
 *
 * <p>Immutable and thread-safe. It costs 24 to 36 bytes a member (8 bytes a table slot, with
 * one and a half to three slots a member, and three {@code int}s: the member at each name rank,
 * and its name's and its instance's hash codes); a group builds it on the first ranking and keeps
 * it.
 *
 * @param <T> the type of the members
 */
public final class MemberIndex<T> {

  /** The most members an index holds: its table must stay below 2³⁰ slots. */
  public static final int MAX_MEMBERS = 1 << 29;

  private static volatile @Nullable Function<Object, MemberIndex<?>> groupIndexes;

  private final List<? extends T> members;
  private final Function<? super T, String> nameOf;
  /** The name rank of each member instance. */
  private final IdentityTable byInstance;
  /** The member index at each name rank. */
  private final int[] byName;
  /** The hash code of the name at each name rank. */
  private final int[] nameHash;
  /** The identity hash code of the member at each name rank. */
  private final int[] identityHash;
  /** What {@link #keep} left: the groups it was made for, then the value; held softly. */
  private volatile @Nullable SoftReference<Object[]> kept;

  private MemberIndex(List<? extends T> members, Function<? super T, String> nameOf) {
    int n = members.size();
    if (n > MAX_MEMBERS) {
      throw new IllegalArgumentException("MemberIndex of " + n + " members exceeds " + MAX_MEMBERS);
    }
    this.members = members;
    this.nameOf = nameOf;
    String[] names = new String[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      names[i] = requireNonNull(nameOf.apply(members.get(i)), "name");
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
    this.byName = new int[n];
    this.nameHash = new int[n];
    for (int r = 0; r < n; r++) {
      byName[r] = order[r];
      nameHash[r] = names[order[r]].hashCode();
      if (r > 0 && names[order[r - 1]].equals(names[order[r]])) {
        throw new IllegalArgumentException("MemberIndex: two members are named " + names[order[r]]);
      }
    }
    this.identityHash = new int[n];
    for (int r = 0; r < n; r++) {
      identityHash[r] = System.identityHashCode(members.get(byName[r]));
    }
    this.byInstance = IdentityTable.of(n, r -> members.get(byName[r]), r -> identityHash[r]);
  }

  /**
   * The index of the given members, distinct by name, each named by the given function.
   *
   * @throws IllegalArgumentException if two members share a name, or there are more than {@link
   *     #MAX_MEMBERS}
   */
  public static <T> MemberIndex<T> of(List<? extends T> members, Function<? super T, String> nameOf) {
    return new MemberIndex<>(requireNonNull(members, "members"), requireNonNull(nameOf, "nameOf"));
  }

  /**
   * Lets the model hand the engine a group's index: the group type registers, once, how a group
   * gives its index (the model may not be named here).
   *
   * @throws IllegalStateException if a source is registered already
   */
  public static void registerGroupIndexes(Function<Object, MemberIndex<?>> source) {
    requireNonNull(source, "source");
    synchronized (MemberIndex.class) {
      if (groupIndexes != null) {
        throw new IllegalStateException("MemberIndex: group indexes are registered already");
      }
      groupIndexes = source;
    }
  }

  /**
   * The index a group keeps, of members of type {@code T}; the caller names the type its groups
   * hold.
   *
   * @throws IllegalStateException if no group type registered
   */
  @SuppressWarnings("unchecked") // the one registered source gives each group's index of its members
  public static <T> MemberIndex<T> ofGroup(Object group) {
    Function<Object, MemberIndex<?>> source = groupIndexes;
    if (source == null) {
      throw new IllegalStateException("MemberIndex: no group type registered its indexes");
    }
    return (MemberIndex<T>) source.apply(requireNonNull(group, "group"));
  }

  /** The capacity of an open-addressing table of n keys: a power of two, filled a third to two thirds. */
  public static int capacityFor(int n) {
    return Integer.highestOneBit(Math.max(2, n + (n >> 1))) << 1;
  }

  /** Spreads a hash code's bits over the low ones that pick a slot. */
  public static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * The value {@link #keep} left with this index for the given groups, or null: null unless the
   * groups are the very instances, in the same order, it was kept for, and null once the garbage
   * collector has cleared it. The ranking engine keeps its table of several groups' members here,
   * with the first group's index, so that ranking the same groups again does not build it again.
   */
  public @Nullable Object kept(List<?> groups) {
    SoftReference<Object[]> ref = kept;
    Object[] entry = ref == null ? null : ref.get();
    if (entry == null || entry.length != groups.size() + 1) {
      return null;
    }
    for (int i = 0; i < groups.size(); i++) {
      if (entry[i] != groups.get(i)) {
        return null;
      }
    }
    return entry[groups.size()];
  }

  /**
   * Keeps an immutable, thread-safe value derived from the given groups, held softly (the garbage
   * collector may clear it when memory runs short), in place of any kept before.
   */
  public void keep(List<?> groups, Object value) {
    Object[] entry = groups.toArray(new Object[groups.size() + 1]);
    entry[groups.size()] = requireNonNull(value, "value");
    kept = new SoftReference<>(entry);
  }

  /** The number of members. */
  public int size() {
    return byName.length;
  }

  /** The name rank of the member that is the given unit or equals it, or −1 if none does. */
  public int find(T unit) {
    int r = findByReference(unit, System.identityHashCode(unit));
    return r >= 0 ? r : findByName(unit);
  }

  /**
   * The name rank of the member that is the given instance, whose {@link System#identityHashCode}
   * the caller passes (so that a batch of look-ups can load every unit before probing), or −1.
   */
  public int findByReference(T unit, int identityHash) {
    return byInstance.find(unit, identityHash);
  }

  /**
   * The name rank of the member of the unit's name if that member equals the unit, or −1: a
   * binary search of the name order, for a unit that is not a member instance.
   */
  public int findByName(T unit) {
    String name = nameOf.apply(unit);
    int low = 0;
    int high = byName.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      T member = members.get(byName[mid]);
      int c = nameOf.apply(member).compareTo(name);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return member.equals(unit) ? mid : -1;
      }
    }
    return -1;
  }

  /** The index (in the members' order) of the member of the given name rank. */
  public int memberAt(int nameRank) {
    return byName[nameRank];
  }

  /** The identity hash code of the member of the given name rank. */
  public int identityHash(int nameRank) {
    return identityHash[nameRank];
  }

  /** The hash code of the name of the member of the given name rank. */
  public int nameHash(int nameRank) {
    return nameHash[nameRank];
  }
}
