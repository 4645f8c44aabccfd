package dev.peerkit.atlas.peering.bench.ratelimit;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} and {@code --flag} arguments. */
final class Options {

  private Options() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        options.put(args[i], args[++i]);
      } else {
        options.put(args[i], "");
      }
    }
    return options;
  }
}
