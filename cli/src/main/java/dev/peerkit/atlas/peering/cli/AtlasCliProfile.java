package dev.peerkit.atlas.peering.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A profile of the Atlas CLI's own {@code config.toml}, for {@code -P/--profile NAME}: one TOML
 * table per profile, with keys such as {@code public_api_key}, {@code private_api_key}, {@code
 * client_id}, {@code client_secret}, {@code ops_manager_url} and {@code project_id}.
 *
 * <p>The file is where the Atlas CLI keeps it: {@code %AppData%\atlascli} on Windows, {@code
 * ~/Library/Application Support/atlascli} on macOS, otherwise {@code $XDG_CONFIG_HOME/atlascli}
 * or, when that is unset, {@code $HOME/.config/atlascli}. Setting {@code XDG_CONFIG_HOME} (or
 * {@code APPDATA} on Windows) moves it, as for the Atlas CLI.
 */
final class AtlasCliProfile {

  /** The keys read from a profile, mapped to the environment variable each one stands in for. */
  static final Map<String, String> KEYS = Map.of(
      "public_api_key", ClientFactory.PUBLIC_KEY,
      "private_api_key", ClientFactory.PRIVATE_KEY,
      "client_id", ClientFactory.CLIENT_ID,
      "client_secret", ClientFactory.CLIENT_SECRET,
      "ops_manager_url", ClientFactory.BASE_URL,
      "project_id", ClientFactory.PROJECT_ID);

  private AtlasCliProfile() {}

  /**
   * Reads a profile.
   *
   * @param env the environment (for the file's location)
   * @param name the profile name, as given to {@code -P}
   * @return the profile's values keyed by the environment variable each stands in for; blank
   *     values are left out
   * @throws UsageException if the file or the profile is missing or the file is not TOML
   */
  static Map<String, String> read(Map<String, String> env, String name) {
    Path file = configFile(env);
    JsonNode config;
    try {
      config = new TomlMapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new UsageException("--profile " + name + ": the Atlas CLI configuration file " + file
          + " does not exist");
    } catch (JsonProcessingException e) {
      // The parser's message may quote the file, and the file holds secrets: say only where.
      throw new UsageException("--profile " + name + ": " + file + " is not valid TOML (line "
          + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw new UsageException("--profile " + name + ": cannot read " + file);
    }
    JsonNode profile = config == null ? null : config.get(name);
    if (profile == null || !profile.isObject()) {
      throw new UsageException("--profile " + name + ": no such profile in " + file);
    }
    Map<String, String> values = new LinkedHashMap<>();
    KEYS.forEach((key, variable) -> {
      JsonNode value = profile.get(key);
      if (value != null && value.isValueNode() && !value.asText().isBlank()) {
        values.put(variable, value.asText().strip());
      }
    });
    return values;
  }

  /**
   * Locates the Atlas CLI's {@code config.toml} by its own rules.
   *
   * @param env the environment
   * @return the path, which may not exist
   */
  static Path configFile(Map<String, String> env) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String home = nonBlank(env.get("HOME"), System.getProperty("user.home"));
    Path dir;
    if (os.startsWith("windows")) {
      dir = Path.of(nonBlank(env.get("APPDATA"), home));
    } else if (os.startsWith("mac")) {
      dir = Path.of(home, "Library", "Application Support");
    } else {
      String xdg = env.get("XDG_CONFIG_HOME");
      dir = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
    }
    return dir.resolve("atlascli").resolve("config.toml");
  }

  private static String nonBlank(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
