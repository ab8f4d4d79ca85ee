using System.Globalization;

namespace Hub.Sync.Tests.Operations;

/// <summary>Reads samples out of a Prometheus text exposition: name, labels, value.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public static IReadOnlyList<PrometheusSample> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var samples = new List<PrometheusSample>();
        foreach (var line in text.Split('\n').Where(l => l.Length > 0 && l[0] != '#'))
        {
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var space = line.LastIndexOf(' ');
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            string name;
            if (brace > 0 && brace < space)
            {
                name = line[..brace];
                var close = line.LastIndexOf('}');
                foreach (var pair in line[(brace + 1)..close].Split("\",", StringSplitOptions.RemoveEmptyEntries))
                {
                    var eq = pair.IndexOf('=', StringComparison.Ordinal);
                    labels[pair[..eq]] = pair[(eq + 1)..].Trim('"');
                }
            }
            else
            {
                name = line[..line.IndexOf(' ', StringComparison.Ordinal)];
            }

            // A sample may end with a timestamp: the value is the first number after the labels.
            var rest = line[(brace > 0 && brace < space ? line.LastIndexOf('}') + 1 : name.Length)..].Trim().Split(' ')[0];
            samples.Add(new PrometheusSample(name, labels, double.Parse(rest, NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return samples;
    }

    public bool Has(string label, string value) => Labels.TryGetValue(label, out var actual) && actual == value;
}
