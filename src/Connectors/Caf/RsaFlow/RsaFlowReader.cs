using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Hub.Connectors.Caf.RsaFlow;

/// <summary>
/// Streams a CNAF "RSA bénéficiaires" XML flow (vrsb0801) dossier by dossier: memory holds one <c>InfosFoyerRSA</c> at a
/// time, whatever the file size. Every node is validated against the XSD while it is read; a dossier with a validation
/// error becomes a <see cref="Core.RejectedRecord"/> whose reason gives line, position and the XSD message, and the
/// flow goes on. Problems outside any dossier (header, trailer, broken XML) are rejected under kind <c>flux</c>.
/// </summary>
public sealed partial class RsaFlowReader
{
    public const string Connector = "caf";
    public const string FoyerKind = "foyer-rsa";
    public const string FluxKind = "flux";

    static RsaFlowReader()
    {
        // The CNAF declares windows-1252, which .NET only decodes with the code-pages provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A service resolved from DI (CafConnectorModule); callers should not depend on it being static.")]
    public async IAsyncEnumerable<RsaFlowItem> ReadAsync(Stream xml, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var errors = new List<ValidationError>();
        var settings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = RsaFlowSchema.NewSet(),
            // No ProcessSchemaLocation: the flow's xsi:noNamespaceSchemaLocation must not choose the schema.
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add(new ValidationError(e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0, e.Severity, e.Message));

        using var reader = XmlReader.Create(xml, settings);
        var state = new FlowState(errors);
        while (true)
        {
            RsaFlowItem? item;
            bool more;
            try
            {
                (item, more) = await NextAsync(reader, state, cancellationToken).ConfigureAwait(false);
            }
            catch (XmlException e)
            {
                // Not well-formed (often a truncated transfer): nothing after this point can be trusted.
                item = FlowState.RejectFlux($"line {e.LineNumber}, position {e.LinePosition}: not well-formed XML: {e.Message}");
                more = false;
            }

            if (item is not null)
            {
                yield return item;
            }

            if (!more)
            {
                break;
            }
        }

        if (state.TakeFluxErrors() is { } trailing)
        {
            yield return trailing;
        }
    }

    /// <summary>Reads up to the next dossier; false once the flow is over.</summary>
    private static async Task<(RsaFlowItem? Item, bool More)> NextAsync(XmlReader reader, FlowState state, CancellationToken cancellationToken)
    {
        while (!reader.EOF)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1)
            {
                await reader.ReadAsync().ConfigureAwait(false);
                continue;
            }

            var name = reader.LocalName;
            var pending = state.TakePending();
            var element = (XElement)await XNode.ReadFromAsync(reader, cancellationToken).ConfigureAwait(false);
            var own = state.SplitAt(reader, pending);
            switch (name)
            {
                case "InfosFoyerRSA":
                    return (state.Foyer(element, own), true);
                case "IdentificationFlux":
                    state.Header = RsaFoyerParser.Header(element);
                    state.AddFluxErrors(own);
                    break;
                default:
                    state.AddFluxErrors(own);
                    break;
            }
        }

        return (null, false);
    }
}
