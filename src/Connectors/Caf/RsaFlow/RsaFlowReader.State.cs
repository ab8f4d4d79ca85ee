using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Hub.Connectors.Core;

namespace Hub.Connectors.Caf.RsaFlow;

public sealed partial class RsaFlowReader
{
    private static readonly Lazy<TimeZoneInfo?> Paris = new(() =>
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
    });

    private sealed partial record ValidationError(int Line, int Position, XmlSeverityType Severity, string Message)
    {
        // Reasons reach dead letters and dashboards: the XSD quotes the offending value, which may be a NIR or a name.
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"line {Line}, position {Position}: {(Severity == XmlSeverityType.Warning ? "warning: " : string.Empty)}{QuotedValue().Replace(Message, "value '***'")}");

        [System.Text.RegularExpressions.GeneratedRegex("value '[^']*'", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex QuotedValue();
    }

    /// <summary>Which validation errors belong to which element, and the flow header once read.</summary>
    private sealed class FlowState(List<ValidationError> errors)
    {
        private readonly List<ValidationError> _flux = [];

        public RsaFlowHeader Header { get; set; } = new(null, null, null, null, null);

        /// <summary>Errors raised since the last element: they concern the start tag of the element about to be read.</summary>
        public List<ValidationError> TakePending()
        {
            var pending = errors.ToList();
            errors.Clear();
            return pending;
        }

        /// <summary>
        /// Errors of the element just read. Reading its end also moved the reader onto the next node, whose start-tag
        /// errors (at or after the reader's position) are left pending for that node.
        /// </summary>
        public List<ValidationError> SplitAt(XmlReader reader, List<ValidationError> pending)
        {
            var (line, position) = reader is IXmlLineInfo info && info.HasLineInfo() && !reader.EOF ? (info.LineNumber, info.LinePosition) : (int.MaxValue, int.MaxValue);
            var own = pending.Concat(errors.Where(e => e.Line < line || (e.Line == line && e.Position < position))).ToList();
            var next = errors.Except(own).ToList();
            errors.Clear();
            errors.AddRange(next);
            return own;
        }

        public void AddFluxErrors(IEnumerable<ValidationError> more) => _flux.AddRange(more.Where(e => e.Severity == XmlSeverityType.Error));

        public RsaFlowItem? TakeFluxErrors()
        {
            AddFluxErrors(TakePending());
            if (_flux.Count == 0)
            {
                return null;
            }

            var item = RejectFlux(string.Join(" | ", _flux));
            _flux.Clear();
            return item;
        }

        public static RsaFlowItem RejectFlux(string reason) =>
            new(null, new RejectedRecord(FluxKind, null, reason, Raw(null)));

        public RsaFlowItem Foyer(XElement element, List<ValidationError> own)
        {
            var failures = own.Where(e => e.Severity == XmlSeverityType.Error).ToList();
            var sourceId = RsaFoyerParser.SourceId(element);
            var raw = Raw(element);
            if (failures.Count > 0)
            {
                return new RsaFlowItem(null, new RejectedRecord(FoyerKind, sourceId, "XSD vrsb0801: " + string.Join(" | ", failures), raw));
            }

            var dto = RsaFoyerParser.Foyer(element, Header);
            var version = Header.DateReference?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new RsaFlowItem(new PulledRecord(FoyerKind, sourceId ?? string.Empty, version, CreatedAt(Header), false, raw, dto), null);
        }

        // Flow times are French legal time; without the zone database the hub leaves the change time unset rather than guess.
        private static DateTimeOffset? CreatedAt(RsaFlowHeader header)
        {
            if (header.DateCreation is not { } date || Paris.Value is not { } zone)
            {
                return null;
            }

            var local = date.ToDateTime(header.HeureCreation ?? TimeOnly.MinValue);
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        /// <summary>The record as received, for dead letters: <c>{"format":"xml","xml":"&lt;InfosFoyerRSA&gt;..."}</c>.</summary>
        private static JsonElement Raw(XElement? element)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("format", "xml");
                if (element is not null)
                {
                    writer.WriteString("xml", element.ToString(SaveOptions.DisableFormatting));
                }

                writer.WriteEndObject();
            }

            using var document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.Clone();
        }
    }
}
