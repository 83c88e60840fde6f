using System.Text.Json.Nodes;

namespace Zoo.Torch.Optim;

/// <summary>
/// Reads the plain values of optimizer and scheduler states (JSON objects), with errors that say which value of which
/// state is missing or malformed. Numbers are written by System.Text.Json in their shortest round-trip form, so a
/// double read back is the same double.
/// </summary>
internal static class StateJson
{
    public static double GetDouble(this JsonObject state, string key, string owner) =>
        Read(state, key, owner, "a number", node => node.GetValue<double>());

    public static int GetInt32(this JsonObject state, string key, string owner) =>
        Read(state, key, owner, "an integer", node => node.GetValue<int>());

    public static bool GetBool(this JsonObject state, string key, string owner) =>
        Read(state, key, owner, "true or false", node => node.GetValue<bool>());

    public static string GetString(this JsonObject state, string key, string owner) =>
        Read(state, key, owner, "a string", node => node.GetValue<string>());

    public static double[] GetDoubles(this JsonObject state, string key, string owner) =>
        Read(state, key, owner, "a list of numbers", node => node.AsArray().Select(v => v!.GetValue<double>()).ToArray());

    public static int[] GetInt32s(this JsonObject state, string key, string owner) =>
        Read(state, key, owner, "a list of integers", node => node.AsArray().Select(v => v!.GetValue<int>()).ToArray());

    public static JsonObject GetObject(this JsonObject state, string key, string owner) =>
        Read(state, key, owner, "an object", node => node.AsObject());

    public static JsonArray GetArray(this JsonObject state, string key, string owner) =>
        Read(state, key, owner, "a list", node => node.AsArray());

    /// <summary>A list of numbers as a JSON array.</summary>
    public static JsonArray ToJson(this IEnumerable<double> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static JsonArray ToJson(this IEnumerable<int> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static T Read<T>(JsonObject state, string key, string owner, string expected, Func<JsonNode, T> read)
    {
        var node = state[key] ?? throw new ArgumentException($"The {owner} state has no '{key}'.");
        try
        {
            return read(node);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException or OverflowException)
        {
            throw new ArgumentException($"'{key}' of the {owner} state should be {expected}, not {node.ToJsonString()}.", e);
        }
    }
}
