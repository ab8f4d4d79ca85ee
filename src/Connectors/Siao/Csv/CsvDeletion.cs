namespace Hub.Connectors.Siao.Csv;

/// <summary>A delta row with <c>supprime = oui</c>: only its id and <c>date_modification</c> are required.</summary>
internal static class CsvDeletion
{
    public static CsvRecord? TryRead(CsvRowReader r, string kind, string idColumn)
    {
        if (r.Boolean("supprime") != true)
        {
            return null;
        }

        var id = r.Text(idColumn, required: true);
        var modified = r.DateTime("date_modification", required: true);
        if (r.HasErrors)
        {
            return null;
        }

        var deletion = new Suppression { Id = id!, Version = CsvStamp.Version, ModifieLe = modified!.Value, Sequence = CsvStamp.Sequence, Supprime = true };
        return new CsvRecord(kind, id!, modified.Value, true, deletion);
    }
}
