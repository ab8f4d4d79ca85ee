namespace Hub.Identity.Matching;

/// <summary>
/// Interns normalised strings as small integers (0 = empty), so that a million persons hold ints
/// instead of string references and equality is an integer compare. Not thread-safe: the index interns under its lock.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private string[] _strings = new string[1024];
    private int _count = 1;

    public StringPool() => _strings[0] = string.Empty;

    public int Count => _count;

    public int Intern(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        if (_ids.TryGetValue(value, out var id))
        {
            return id;
        }

        if (_count == _strings.Length)
        {
            Array.Resize(ref _strings, _count * 2);
        }

        id = _count++;
        _strings[id] = value;
        _ids.Add(value, id);
        return id;
    }

    public string this[int id] => _strings[id];
}
