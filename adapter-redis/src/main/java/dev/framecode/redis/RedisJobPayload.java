package dev.framecode.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framecode.job.BadJobException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A job payload read from its JSON, schema {@code framecode.job/1}: {@code id} (optional string),
 * {@code source} (string), {@code options} (optional object of strings, numbers and booleans).
 * Other fields are ignored. See the module README for the full schema.
 *
 * @param id the producer's id, or null when it gave none
 * @param source what to scan
 * @param options scan options, values as strings
 */
record RedisJobPayload(String id, String source, Map<String, String> options) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

  /**
   * Reads a payload.
   *
   * @throws BadJobException naming what is wrong: not JSON, too large, a field missing or of the
   *     wrong type, an id with characters outside {@code [A-Za-z0-9._:-]}
   */
  static RedisJobPayload parse(String raw, int maxBytes) {
    int bytes = raw.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxBytes) {
      throw new BadJobException(
          "job payload has " + bytes + " bytes, over the limit of " + maxBytes);
    }
    JsonNode root = readTree(raw);
    if (!root.isObject()) {
      throw new BadJobException("job payload must be a JSON object, got " + root.getNodeType());
    }
    String id = optionalId(root.get("id"));
    String source = requiredText(root.get("source"), "source");
    return new RedisJobPayload(id, source, options(root.get("options")));
  }

  /** Returns the id a payload without one goes by: a digest of its bytes. */
  static String digestId(String raw) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Returns the JSON of the event published when a job ends. */
  static String event(String id, String state, String error) {
    ObjectNode event = JSON.createObjectNode().put("id", id).put("state", state);
    if (error != null) {
      event.put("error", error);
    }
    return event.toString();
  }

  private static JsonNode readTree(String raw) {
    try {
      JsonNode root = JSON.readTree(raw);
      if (root == null || root.isMissingNode()) {
        throw new BadJobException("job payload is empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new BadJobException("job payload is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String optionalId(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String id = requiredText(node, "id");
    if (!ID.matcher(id).matches()) {
      throw new BadJobException(
          "job field 'id' must match " + ID.pattern() + ", got '" + shorten(id) + "'");
    }
    return id;
  }

  private static String requiredText(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      throw new BadJobException("job field '" + field + "' is missing");
    }
    if (!node.isTextual() || node.textValue().isBlank()) {
      throw new BadJobException(
          "job field '" + field + "' must be a non-empty string, got " + describe(node));
    }
    return node.textValue();
  }

  private static Map<String, String> options(JsonNode node) {
    Map<String, String> options = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return options;
    }
    if (!node.isObject()) {
      throw new BadJobException("job field 'options' must be an object, got " + describe(node));
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      options.put(field.getKey(), scalar(field.getKey(), field.getValue()));
    }
    return options;
  }

  private static String scalar(String name, JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    throw new BadJobException(
        "job option '" + name + "' must be a string, number or boolean, got " + describe(value));
  }

  private static String describe(JsonNode node) {
    return node.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + shorten(node.toString());
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
