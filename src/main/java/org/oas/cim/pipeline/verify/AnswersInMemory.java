package org.oas.cim.pipeline.verify;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A country's answers already in memory (a test's, or a file's being validated), read as {@link CountryAnswers}. */
final class AnswersInMemory implements CountryAnswers {
    private final String country;
    private final List<VerifiableAnswer> answers;

    /** @param answers the country's answers, in the order stored */
    AnswersInMemory(String country, Collection<VerifiableAnswer> answers) {
        this.country = country;
        this.answers = List.copyOf(answers);
    }

    /** The answers of each country, by country code. */
    static List<CountryAnswers> byCountry(Collection<VerifiableAnswer> answers) {
        Map<String, List<VerifiableAnswer>> byCountry = answers.stream()
                .sorted(DuplicateRespondents.STORED)
                .collect(Collectors.groupingBy(VerifiableAnswer::country, TreeMap::new, Collectors.toList()));
        return byCountry.entrySet().stream().<CountryAnswers>map(e -> new AnswersInMemory(e.getKey(), e.getValue())).toList();
    }

    @Override
    public String country() {
        return country;
    }

    @Override
    public List<VerifiableAnswer> answersTo(List<String> itemCodes) {
        Set<String> wanted = new HashSet<>(itemCodes);
        return answers.stream().filter(a -> wanted.contains(a.itemCode())).toList();
    }

    @Override
    public List<String> regions() {
        return answers.stream().map(VerifiableAnswer::region).filter(Objects::nonNull).distinct().sorted().toList();
    }

    @Override
    public void forEachRespondent(Consumer<LatestResponse> respondent) {
        answers.stream()
                .collect(Collectors.groupingBy(Coder::of, () -> new TreeMap<>(Coder.ORDER), Collectors.maxBy(DuplicateRespondents.RECENCY)))
                .values().stream().map(latest -> latest.orElseThrow())
                .forEach(latest -> respondent.accept(new LatestResponse(latest.stage(), latest.sourceType(), latest.organization())));
    }
}
