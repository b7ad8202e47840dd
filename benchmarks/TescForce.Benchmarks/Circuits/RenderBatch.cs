using System.Buffers.Binary;
using System.Text;

namespace TescForce.Benchmarks.Circuits;

/// <summary>
/// A Blazor Server render batch as the browser receives it in <c>JS.RenderBatch</c>, read far enough to follow
/// a page: which component added which elements with which attributes and event handlers, and what was disposed.
/// The layout is ASP.NET Core's <c>RenderBatchWriter</c>: the diffs, the reference frames (20 bytes each), the
/// disposed component and event handler ids, the string table, then five 32-bit offsets to those regions.
/// Strings are decoded only when asked for: most of a first batch is markup the load client never reads.
/// </summary>
internal sealed class RenderBatch
{
    public const int PrependFrame = 1;
    public const int SetAttribute = 3;

    public const int ElementFrame = 1;
    public const int AttributeFrame = 3;
    public const int ComponentFrame = 4;
    public const int RegionFrame = 5;

    private const int FrameSize = 20;
    private const int EditSize = 16;

    private readonly byte[] _data;
    private readonly int _frames;
    private readonly int _stringTable;
    private readonly int _stringCount;
    private readonly string?[] _strings;

    private RenderBatch(byte[] data)
    {
        _data = data;
        var end = data.Length;
        var diffs = Int(end - 20);
        var frames = Int(end - 16);
        var disposedComponents = Int(end - 12);
        var disposedHandlers = Int(end - 8);
        _stringTable = Int(end - 4);
        _stringCount = (end - 20 - _stringTable) / 4;
        _strings = new string?[_stringCount];

        Diffs = new Diff[Int(diffs)];
        for (var i = 0; i < Diffs.Length; i++)
        {
            var at = Int(diffs + 4 + (4 * i));
            var edits = new Edit[Int(at + 4)];
            for (var e = 0; e < edits.Length; e++)
            {
                var edit = at + 8 + (EditSize * e);
                edits[e] = new Edit(Int(edit), Int(edit + 8));
            }

            Diffs[i] = new Diff(Int(at), edits);
        }

        FrameCount = Int(frames);
        _frames = frames + 4;
        DisposedComponentIds = new int[Int(disposedComponents)];
        for (var i = 0; i < DisposedComponentIds.Length; i++)
        {
            DisposedComponentIds[i] = Int(disposedComponents + 4 + (4 * i));
        }

        DisposedEventHandlerIds = new ulong[Int(disposedHandlers)];
        for (var i = 0; i < DisposedEventHandlerIds.Length; i++)
        {
            DisposedEventHandlerIds[i] = BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(disposedHandlers + 4 + (8 * i)));
        }
    }

    public Diff[] Diffs { get; }

    public int FrameCount { get; }

    public int[] DisposedComponentIds { get; }

    public ulong[] DisposedEventHandlerIds { get; }

    public static RenderBatch Parse(byte[] data) => new(data);

    public Frame GetFrame(int index)
    {
        var at = _frames + (FrameSize * index);
        var type = Int(at);
        return type switch
        {
            ElementFrame => new Frame(type, Int(at + 4), 0, String(Int(at + 8)), null, 0),
            AttributeFrame => new Frame(type, 1, 0, String(Int(at + 4)), String(Int(at + 8)), BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(at + 12))),
            ComponentFrame => new Frame(type, Int(at + 4), Int(at + 8), null, null, 0),
            RegionFrame => new Frame(type, Int(at + 4), 0, null, null, 0),
            _ => new Frame(type, 1, 0, null, null, 0),
        };
    }

    private int Int(int at) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(at));

    private string? String(int index)
    {
        if (index < 0 || index >= _stringCount)
        {
            return null;
        }

        return _strings[index] ??= ReadString(Int(_stringTable + (4 * index)));
    }

    // BinaryWriter.Write(string): the UTF-8 byte count as a 7-bit encoded integer, then the bytes.
    private string ReadString(int at)
    {
        int length = 0, shift = 0;
        byte b;
        do
        {
            b = _data[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return Encoding.UTF8.GetString(_data, at, length);
    }

    /// <summary>The edits of one component's render.</summary>
    public sealed record Diff(int ComponentId, Edit[] Edits);

    /// <summary>One edit; <see cref="ReferenceFrameIndex"/> points into the batch's frames.</summary>
    public readonly record struct Edit(int Type, int ReferenceFrameIndex);

    /// <summary>
    /// One frame. <see cref="SubtreeLength"/> counts the frame itself, its attributes and its children (1 for a
    /// frame without any); <see cref="Name"/> is an element's or attribute's name; a true boolean attribute has
    /// the value "" and a false one null.
    /// </summary>
    public readonly record struct Frame(int Type, int SubtreeLength, int ComponentId, string? Name, string? Value, ulong EventHandlerId);
}
