package de.halle.smartcity.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxNativeLibrariesTest {

  @TempDir Path data;

  @Test
  void thisPlatformsLibrariesAreUnpackedWithTheBytesOfTheJar() throws Exception {
    Path folder = OnnxNativeLibraries.unpack(data, OnnxNativeLibraries.platform()).orElseThrow();

    assertThat(folder.getParent()).isEqualTo(data);
    for (String library : new String[] {"onnxruntime", "onnxruntime4j_jni"}) {
      String name = System.mapLibraryName(library);
      assertThat(Files.readAllBytes(folder.resolve(name)))
          .as(name).isEqualTo(resource("ai/onnxruntime/native/" + OnnxNativeLibraries.platform() + "/" + name));
    }
    try (var files = Files.list(folder)) {
      assertThat(files).as("no half-written file is left").hasSize(2);
    }
  }

  @Test
  void aSecondStartFindsTheLibrariesAndDoesNotWriteThemAgain() throws Exception {
    Path folder = OnnxNativeLibraries.unpack(data, OnnxNativeLibraries.platform()).orElseThrow();
    Path library = folder.resolve(System.mapLibraryName("onnxruntime"));
    FileTime written = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(library, written);

    assertThat(OnnxNativeLibraries.unpack(data, OnnxNativeLibraries.platform())).contains(folder);
    assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
  }

  @Test
  void aPlatformTheJarHasNoLibrariesForLeavesOnnxRuntimeAlone() throws Exception {
    assertThat(OnnxNativeLibraries.unpack(data, "plan9-mips")).isEqualTo(Optional.empty());
    try (var files = Files.list(data)) {
      assertThat(files).isEmpty();
    }
  }

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = OnnxNativeLibrariesTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
