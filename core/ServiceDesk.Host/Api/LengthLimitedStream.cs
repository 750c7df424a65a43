namespace ServiceDesk.Host.Api;

/// <summary>
/// A request body that refuses to be read past a limit: a body sent without Content-Length (chunked) is cut off with
/// 413 as soon as it grows too large, instead of being buffered whole.
/// </summary>
public sealed class LengthLimitedStream(Stream inner, long limit) : Stream
{
    private long _read;

    /// <summary>The answer to a body over the limit, however it was found out.</summary>
    public static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        return _read <= limit ? read : throw TooLarge(limit);
    }
}
