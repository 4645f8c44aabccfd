package dev.peerkit.atlas.peering.client.generated;

import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists every top-level class of the generated model package, from the jar or directory it was loaded from. */
final class GeneratedModelClasses {

  static final String PACKAGE = PeeringConnectionUpdate.class.getPackageName();

  private GeneratedModelClasses() {}

  static List<Class<?>> all() {
    URL location = PeeringConnectionUpdate.class.getProtectionDomain().getCodeSource().getLocation();
    String dir = PACKAGE.replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    try {
      Path path = Path.of(location.toURI());
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path.resolve(dir))) {
          files.map(p -> p.getFileName().toString()).forEach(names::add);
        }
      } else {
        try (JarFile jar = new JarFile(path.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(dir) && name.indexOf('/', dir.length()) < 0) {
              names.add(name.substring(dir.length()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".class") && !name.contains("$")) {
        try {
          classes.add(Class.forName(PACKAGE + "." + name.substring(0, name.length() - ".class".length())));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    if (classes.isEmpty()) {
      throw new IllegalStateException("No classes found in " + PACKAGE + " at " + location);
    }
    return classes;
  }
}
