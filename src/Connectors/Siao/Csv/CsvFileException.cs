namespace Hub.Connectors.Siao.Csv;

/// <summary>A file-level error of a CSV drop (encoding, header, manifest): the whole drop is rejected, nothing applied.</summary>
public sealed class CsvFileException : Exception
{
    public CsvFileException(string file, string code, string message, Exception? inner = null)
        : base($"{file}: {code}: {message}", inner)
    {
        File = file;
        Code = code;
    }

    public CsvFileException()
        : this(string.Empty, "format-invalide", "CSV file error")
    {
    }

    public CsvFileException(string message)
        : this(string.Empty, "format-invalide", message)
    {
    }

    public CsvFileException(string message, Exception innerException)
        : this(string.Empty, "format-invalide", message, innerException)
    {
    }

    public string File { get; }

    /// <summary>Report code of the export format: <c>encodage-invalide</c>, <c>entete-invalide</c>, <c>colonne-obligatoire-absente</c>, <c>manifeste-incoherent</c>.</summary>
    public string Code { get; }
}
