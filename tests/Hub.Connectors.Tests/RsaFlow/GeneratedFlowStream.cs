using System.Text;

namespace Hub.Connectors.Tests.RsaFlow;

/// <summary>An RSA flow produced on demand, dossier after dossier: a reader that streams never needs the whole file.</summary>
internal sealed class GeneratedFlowStream(int count, Func<int, string> foyer) : Stream
{
    public const string Head = """
        <?xml version="1.0" encoding="utf-8"?>
        <Racine><IdentificationFlux><APPLIEME>CRI</APPLIEME><NUMVERSIONAPPLIEME>6200</NUMVERSIONAPPLIEME><TYPEFLUX>M</TYPEFLUX><NATFLUX>D</NATFLUX>
        <DTCREAFLUX>2026-03-05</DTCREAFLUX><HEUCREAFLUX>01:18:36.0000</HEUCREAFLUX><DTREF>2026-02-28</DTREF></IdentificationFlux>

        """;

    public const string Tail = "<TransmissionFlux><NBTOTDOSRSATRANSM>00000001</NBTOTDOSRSATRANSM><NBTOTDOSRSATRANSMANO>00000000</NBTOTDOSRSATRANSMANO></TransmissionFlux></Racine>";

    private byte[] _chunk = Encoding.UTF8.GetBytes(Head);
    private int _offset;
    private int _next;
    private bool _tailDone;

    public int MaxBuffered { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_offset == _chunk.Length)
        {
            if (_next < count)
            {
                _chunk = Encoding.UTF8.GetBytes(foyer(_next++));
            }
            else if (!_tailDone)
            {
                _chunk = Encoding.UTF8.GetBytes(Tail);
                _tailDone = true;
            }
            else
            {
                return 0;
            }

            _offset = 0;
            MaxBuffered = Math.Max(MaxBuffered, _chunk.Length);
        }

        var n = Math.Min(buffer.Length, _chunk.Length - _offset);
        _chunk.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
