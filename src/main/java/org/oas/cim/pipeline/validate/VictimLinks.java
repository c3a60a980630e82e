package org.oas.cim.pipeline.validate;

import org.oas.cim.pipeline.ingest.RecordRows;
import org.oas.cim.pipeline.issue.Issue;
import org.oas.cim.pipeline.issue.IssueCode;
import org.oas.cim.pipeline.linking.VictimLink;
import org.oas.cim.pipeline.normalize.TextKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Like ingest's decide step ({@code VictimLinkStore}): a victim-list row whose person is already on its list is a
 * {@code duplicate-row}, one that nearly matches a person of another list a {@code possible-link}, each naming the
 * first such row among the files this validator has taken. Only keyed hashes are held, never a name.
 */
final class VictimLinks {
    private record Seen(long order, String listKey, String personKey, String caseKey, String list, String place) {
    }

    private final Map<String, List<Seen>> taken = new HashMap<>();
    private final Map<String, List<Seen>> pending = new HashMap<>();
    private long order;

    /** The row's warnings; the row is then remembered for the rows after it. */
    List<Issue> check(RecordRows rows, String fileName) {
        VictimLink link = rows.link();
        if (link == null) {
            return List.of();
        }
        String listKey = TextKey.of(link.list());
        List<Issue> issues = new ArrayList<>();
        first(List.of("person " + link.personKey(), "case " + link.caseKey()),
                s -> s.listKey().equals(listKey) && (same(s.personKey(), link.personKey()) || same(s.caseKey(), link.caseKey())))
                .ifPresent(s -> issues.add(Issue.of(IssueCode.DUPLICATE_ROW, rows.sheet(), rows.row(), 0, null, s.list(), s.place())));
        List<String> near = new ArrayList<>(link.nearKeys().stream().map(k -> "near " + k).toList());
        near.add("swap " + link.dateSwapKey());
        first(near, s -> isNearOnly(s, link, listKey))
                .ifPresent(s -> issues.add(Issue.of(IssueCode.POSSIBLE_LINK, rows.sheet(), rows.row(), 0, null, s.list(), s.place())));
        Seen seen = new Seen(order++, listKey, link.personKey(), link.caseKey(), link.list(), fileName + ", " + rows.sheet() + " " + rows.row());
        List<String> keys = new ArrayList<>(List.of("person " + link.personKey(), "case " + link.caseKey()));
        keys.addAll(near);
        keys.stream().filter(k -> !k.endsWith(" null")).forEach(k -> pending.computeIfAbsent(k, x -> new ArrayList<>()).add(seen));
        return issues;
    }

    /** Ingest's condition: another list, and neither key equal (a missing key never equals another). */
    private static boolean isNearOnly(Seen s, VictimLink link, String listKey) {
        return !s.listKey().equals(listKey)
                && !Objects.equals(orElse(s.personKey(), "-"), orElse(link.personKey(), "+"))
                && !Objects.equals(orElse(s.caseKey(), "-"), orElse(link.caseKey(), "+"));
    }

    /** The file's rows count for the files after it only where the file is taken. */
    void fileEnded(boolean taken) {
        if (taken) {
            pending.forEach((key, seen) -> this.taken.computeIfAbsent(key, x -> new ArrayList<>()).addAll(seen));
        }
        pending.clear();
    }

    private Optional<Seen> first(List<String> keys, Predicate<Seen> condition) {
        return keys.stream().filter(k -> !k.endsWith(" null"))
                .flatMap(k -> Stream.concat(taken.getOrDefault(k, List.of()).stream(), pending.getOrDefault(k, List.of()).stream()))
                .filter(condition).min(Comparator.comparingLong(Seen::order));
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
