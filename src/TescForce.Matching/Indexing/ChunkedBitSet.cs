namespace TescForce.Matching.Indexing;

/// <summary>
/// An immutable bit set whose <see cref="With"/> copies only the chunk it changes and the small array of
/// chunk references, so marking one slot of a million costs about two kilobytes, not 125.
/// </summary>
internal sealed class ChunkedBitSet
{
    private const int ChunkBits = 4096;
    private const int WordsPerChunk = ChunkBits / 64;
    private static readonly ulong[] EmptyChunk = new ulong[WordsPerChunk];

    private readonly ulong[][] _chunks;

    private ChunkedBitSet(ulong[][] chunks) => _chunks = chunks;

    public static ChunkedBitSet Create(int capacity)
    {
        var chunks = new ulong[(capacity + ChunkBits - 1) / ChunkBits][];
        Array.Fill(chunks, EmptyChunk);
        return new ChunkedBitSet(chunks);
    }

    public bool this[int index] => (_chunks[index / ChunkBits][(index % ChunkBits) >> 6] & (1UL << (index & 63))) != 0;

    public ChunkedBitSet With(int index)
    {
        if (this[index])
        {
            return this;
        }

        var chunks = (ulong[][])_chunks.Clone();
        var chunk = (ulong[])chunks[index / ChunkBits].Clone();
        chunk[(index % ChunkBits) >> 6] |= 1UL << (index & 63);
        chunks[index / ChunkBits] = chunk;
        return new ChunkedBitSet(chunks);
    }
}
