using System.Xml;
using System.Xml.Schema;

namespace Hub.Connectors.Caf.RsaFlow;

/// <summary>The CNAF XSD vrsb0801 embedded in this assembly, parsed once; each read compiles its own set (XmlSchemaSet is not thread-safe).</summary>
internal static class RsaFlowSchema
{
    private const string ResourceName = "Hub.Connectors.Caf.RsaFlow.vrsb0801.xsd";

    private static readonly Lazy<XmlSchema> Schema = new(Load);

    public static XmlSchemaSet NewSet()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(Schema.Value);
        set.Compile();
        return set;
    }

    private static XmlSchema Load()
    {
        using var stream = typeof(RsaFlowSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded XSD {ResourceName} is missing.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XmlSchema.Read(reader, (_, e) => throw new InvalidOperationException($"vrsb0801.xsd does not load: {e.Message}", e.Exception))
            ?? throw new InvalidOperationException("vrsb0801.xsd is empty.");
    }
}
