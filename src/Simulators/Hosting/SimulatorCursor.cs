using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Hub.Simulators.Hosting;

/// <summary>
/// The opaque cursor of the incremental lists: base64url of <c>{"seq":N}</c>, N being the last sequence scanned
/// (the contract's own example <c>eyJzZXEiOjEwNDg1OTJ9</c> decodes to <c>{"seq":1048592}</c>).
/// </summary>
public static class SimulatorCursor
{
    public static string Encode(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        var json = string.Create(CultureInfo.InvariantCulture, $"{{\"seq\":{sequence}}}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
    }

    public static bool TryDecode(string? cursor, out long sequence)
    {
        sequence = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 512)
        {
            return false;
        }

        try
        {
            // Accept the padded standard alphabet too: some clients re-encode what they stored.
            var normalized = cursor.TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(normalized));
            const string Prefix = "{\"seq\":";
            if (!json.StartsWith(Prefix, StringComparison.Ordinal) || !json.EndsWith('}'))
            {
                return false;
            }

            return long.TryParse(json.AsSpan(Prefix.Length, json.Length - Prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
