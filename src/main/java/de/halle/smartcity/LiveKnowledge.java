package de.halle.smartcity;

import de.halle.smartcity.answer.AnswerEngine;
import de.halle.smartcity.cli.StaffSelfTest;
import de.halle.smartcity.knowledge.GermanChangeSummary;
import de.halle.smartcity.knowledge.KnowledgeChange;
import de.halle.smartcity.knowledge.KnowledgeFolder;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import de.halle.smartcity.knowledge.KnowledgeWatcher;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge a serving bot answers from: the folder watched for changes, the answer engine kept in step with it,
 * and after every reload a change report and the staff self-test, whose newly failing questions are reported.
 * Thread-safe.
 */
final class LiveKnowledge implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveKnowledge.class);

  private final Path folder;
  private final KnowledgeWatcher watcher;
  private final GermanChangeSummary summary = new GermanChangeSummary();
  private final Set<String> failing = new HashSet<>();
  private AnswerEngine engine;
  private Consumer<String> reports = LOG::info;

  private LiveKnowledge(Path folder) {
    this.folder = folder;
    this.watcher = new KnowledgeWatcher(new KnowledgeFolder(folder), this::onChange);
  }

  /** Loads and indexes the folder, runs the self-test once and starts watching. */
  static LiveKnowledge start(Path folder, Path cacheDir, Path synonyms) {
    LiveKnowledge live = new LiveKnowledge(folder);
    synchronized (live) {
      KnowledgeChange initial = live.watcher.start();
      live.engine = AnswerEngine.open(initial.snapshot(), cacheDir, synonyms);
      LOG.info("knowledge: {}", live.summary.render(initial));
      live.failing.addAll(live.selfTest().failedIds());
    }
    return live;
  }

  /** Where reload reports go from now on (the admins' chats), besides the log. */
  synchronized void reportTo(Consumer<String> sink) {
    Consumer<String> log = LOG::info;
    this.reports = log.andThen(sink);
  }

  synchronized AnswerEngine engine() {
    return engine;
  }

  KnowledgeSnapshot snapshot() {
    return watcher.current();
  }

  /** Re-reads the whole folder now (the admins' {@code /neu_laden}) and returns the change report. */
  String reloadNow() {
    return summary.render(watcher.reloadNow());
  }

  /** Runs the staff test questions now (the admins' {@code /selbsttest}) and returns the result as text. */
  String selfTestReport() {
    StaffSelfTest.Result result = selfTest();
    return render(
        "Selbsttest: " + result.questions() + " Testfragen, " + result.failures().size() + " fehlgeschlagen",
        result.failures());
  }

  private StaffSelfTest.Result selfTest() {
    return StaffSelfTest.run(StaffSelfTest.load(folder).questions(), engine());
  }

  private synchronized void onChange(KnowledgeChange change) {
    engine.apply(change);
    StaffSelfTest.Result result = selfTest();
    List<StaffSelfTest.Failure> newlyFailing =
        result.failures().stream().filter(failure -> !failing.contains(failure.id())).toList();
    failing.clear();
    failing.addAll(result.failedIds());
    String heading = summary.render(change) + (newlyFailing.isEmpty() ? "" : "\nNeu fehlgeschlagene Testfragen:");
    reports.accept(render(heading, newlyFailing));
  }

  private static String render(String heading, List<StaffSelfTest.Failure> failures) {
    StringBuilder text = new StringBuilder(heading);
    failures.forEach(failure -> text.append('\n').append(failure.line()));
    return text.toString();
  }

  @Override
  public void close() {
    watcher.close();
    AnswerEngine current = engine();
    if (current != null) {
      current.close();
    }
  }
}
