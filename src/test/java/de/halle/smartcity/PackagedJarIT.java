package de.halle.smartcity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** What {@code mvn package} puts into {@code target/halle-bot.jar}, the one file the README and Docker run. */
class PackagedJarIT {

  @Test
  void theJarCarriesOnnxRuntimesLibrariesButNotTheirDebugSymbols() throws Exception {
    try (JarFile jar = new JarFile(Path.of("target/halle-bot.jar").toFile())) {
      List<String> names = jar.stream().map(ZipEntry::getName).toList();

      assertThat(names).contains("ai/onnxruntime/native/linux-x64/libonnxruntime.so",
          "ai/onnxruntime/native/linux-aarch64/libonnxruntime.so", "ai/onnxruntime/native/win-x64/onnxruntime.dll");
      assertThat(names).noneMatch(name -> name.endsWith(".pdb") || name.contains(".dSYM/"));
    }
  }
}
