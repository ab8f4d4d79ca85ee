using System.ComponentModel.DataAnnotations;

namespace Hub.Storage;

/// <summary>Configuration section <c>Hub</c>: where the hub writes (database file, archive, keys).</summary>
public sealed class HubDataOptions
{
    public const string SectionName = "Hub";

    /// <summary>Every file the hub writes lives under this folder (default <c>./data</c>).</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The data directory as an absolute path.</summary>
    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}
