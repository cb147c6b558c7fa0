package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ONNX Runtime's native libraries, unpacked once into a folder of the data directory instead of a new temporary
 * folder at every start. Left alone, ONNX Runtime copies 16 MB into {@code /tmp/onnxruntime-java*} per process; a
 * process that is killed leaves them there, and even a normal exit leaves the folder behind, empty. The folder is
 * named by a hash of the bundled library, so an upgrade unpacks the new libraries beside the old ones.
 */
public final class OnnxNativeLibraries {

  /** The system property ONNX Runtime reads, once, when it first loads its libraries. */
  static final String PATH_PROPERTY = "onnxruntime.native.path";

  private static final Logger LOG = LoggerFactory.getLogger(OnnxNativeLibraries.class);
  private static final String RESOURCES = "ai/onnxruntime/native/";
  private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

  private OnnxNativeLibraries() {}

  /**
   * Unpacks the libraries for this platform under {@code parent} (if not there yet) and tells ONNX Runtime to load
   * them from there. Does nothing when the property is already set; when unpacking fails, ONNX Runtime keeps its own
   * temporary folder and the reason is logged.
   */
  public static void useFolderIn(Path parent) {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return;
    }
    try {
      unpack(parent, platform()).ifPresent(folder -> System.setProperty(PATH_PROPERTY, folder.toString()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("ONNX Runtime libraries not unpacked into {} ({}); it uses a temporary folder", parent, e.toString());
    }
  }

  /**
   * The folder under {@code parent} that holds the libraries of the platform folder (such as {@code linux-x64}),
   * unpacked if missing; empty if this jar has no libraries for the platform.
   */
  static Optional<Path> unpack(Path parent, String platform) throws IOException {
    byte[] jni = read(resource(platform, LIBRARIES.get(1)));
    if (jni == null) {
      return Optional.empty();
    }
    Path folder = parent.resolve("onnxruntime-" + shortHash(jni));
    Files.createDirectories(folder);
    for (String library : LIBRARIES) {
      Path target = folder.resolve(System.mapLibraryName(library));
      if (!Files.exists(target)) {
        copyAtomically(resource(platform, library), target);
      }
    }
    return Optional.of(folder);
  }

  /** ONNX Runtime's name for this machine's platform folder, such as {@code linux-x64} or {@code osx-aarch64}. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String osName = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
    String archName = switch (arch) {
      case "amd64", "x86_64", "x64" -> "x64";
      default -> arch;
    };
    return osName + "-" + archName;
  }

  private static String resource(String platform, String library) {
    return RESOURCES + platform + "/" + System.mapLibraryName(library);
  }

  /** Writes under a temporary name first, so a second process never loads a half-written library. */
  private static void copyAtomically(String resource, Path target) throws IOException {
    Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
    try (InputStream in = open(resource)) {
      Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = OnnxNativeLibraries.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = OnnxNativeLibraries.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing from the class path: " + resource);
    }
    return in;
  }

  private static String shortHash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
