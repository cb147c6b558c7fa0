package de.halle.smartcity.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one reload of the knowledge folder changed: which files' documents were added, changed or removed (so an index
 * can update only those), the problems of the files read in this reload, and the resulting snapshot.
 *
 * @param added files whose documents are served now but were not before, sorted
 * @param changed files whose served document has a different content hash now, sorted
 * @param removed files whose documents were served before but are not now, sorted
 * @param problems problems of the files read or changed in this reload (errors and warnings)
 * @param snapshot the snapshot after the reload
 */
public record KnowledgeChange(
    List<String> added,
    List<String> changed,
    List<String> removed,
    List<KnowledgeProblem> problems,
    KnowledgeSnapshot snapshot) {

  public KnowledgeChange {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    problems = List.copyOf(problems);
    Objects.requireNonNull(snapshot, "snapshot");
  }

  /**
   * Compares two snapshots by file and content hash; {@code read} names the files read in this reload, whose
   * problems are reported along with those of every added or changed file.
   */
  public static KnowledgeChange between(KnowledgeSnapshot before, KnowledgeSnapshot after, Collection<String> read) {
    Map<String, String> old = hashesByFile(before);
    Map<String, String> now = hashesByFile(after);
    Set<String> added = new TreeSet<>(now.keySet());
    added.removeAll(old.keySet());
    Set<String> removed = new TreeSet<>(old.keySet());
    removed.removeAll(now.keySet());
    Set<String> changed = now.keySet().stream()
        .filter(file -> old.containsKey(file) && !old.get(file).equals(now.get(file)))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> reported = new TreeSet<>(read);
    reported.addAll(added);
    reported.addAll(changed);
    List<KnowledgeProblem> problems =
        after.problems().stream().filter(problem -> reported.contains(problem.file())).toList();
    return new KnowledgeChange(List.copyOf(added), List.copyOf(changed), List.copyOf(removed), problems, after);
  }

  /** Returns whether nothing was added, changed or removed and no problem was found. */
  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && problems.isEmpty();
  }

  /** Returns the files whose old sentences an index must drop: changed and removed ones. */
  public List<String> staleFiles() {
    return new TreeSet<>(concat(changed, removed)).stream().toList();
  }

  /** Returns the documents an index must (re)index: those of added and changed files. */
  public List<KnowledgeDocument> freshDocuments() {
    Set<String> fresh = new TreeSet<>(concat(added, changed));
    return snapshot.documents().stream().filter(document -> fresh.contains(document.file())).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  private static Map<String, String> hashesByFile(KnowledgeSnapshot snapshot) {
    return snapshot.documents().stream()
        .collect(Collectors.toMap(KnowledgeDocument::file, KnowledgeDocument::contentHash, (a, b) -> a));
  }
}
