namespace Hub.Simulators.Faults;

/// <summary>Faults armed on one simulator; a rule with a count is spent one call at a time.</summary>
public sealed class FaultController
{
    private readonly Lock _gate = new();
    private readonly List<ArmedRule> _rules = [];

    public void Inject(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Count is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Count, "A fault count is positive (null: until cleared).");
        }

        lock (_gate)
        {
            _rules.Add(new ArmedRule(rule, rule.Count));
        }
    }

    /// <summary>Shortcut: <paramref name="kind"/> on <paramref name="endpoint"/> for the next <paramref name="count"/> calls.</summary>
    public void Inject(string endpoint, FaultKind kind, int? count = 1, TimeSpan? delay = null, int retryAfterSeconds = 1) =>
        Inject(new FaultRule { Endpoint = endpoint, Kind = kind, Count = count, Delay = delay, RetryAfterSeconds = retryAfterSeconds });

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    public IReadOnlyList<FaultRule> Active
    {
        get
        {
            lock (_gate)
            {
                return _rules.Select(r => r.Rule with { Count = r.Remaining }).ToList();
            }
        }
    }

    /// <summary>Takes the first armed rule matching a call, spending one of its uses.</summary>
    internal FaultRule? TryTake(string method, string route)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var armed = _rules[i];
                if (!Matches(armed.Rule.Endpoint, method, route))
                {
                    continue;
                }

                if (armed.Remaining is { } remaining)
                {
                    if (remaining <= 1)
                    {
                        _rules.RemoveAt(i);
                    }
                    else
                    {
                        _rules[i] = armed with { Remaining = remaining - 1 };
                    }
                }

                return armed.Rule;
            }
        }

        return null;
    }

    internal static bool Matches(string pattern, string method, string route)
    {
        if (pattern == "*")
        {
            return true;
        }

        var space = pattern.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return string.Equals(pattern, route, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(pattern[..space], method, StringComparison.OrdinalIgnoreCase)
            && string.Equals(pattern[(space + 1)..], route, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record ArmedRule(FaultRule Rule, int? Remaining);
}
