using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace TescForce.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server (netDumbster) on a free loopback port, so the application's SMTP sender is the one under
/// test; received messages are parsed back with MimeKit to read decoded subjects and bodies.
/// </summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly SimpleSmtpServer _server;

    public TestSmtpServer()
    {
        Port = FreeLoopbackPort();
        _server = Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(Port).Build();
    }

    public int Port { get; }

    /// <summary>The settings that point the application's e-mail at this server.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = IPAddress.Loopback.ToString(),
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
    };

    public IReadOnlyList<MimeMessage> Received =>
        [.. _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))];

    /// <summary>The one message sent to <paramref name="address"/>.</summary>
    public MimeMessage To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ShouldHaveSingleItem();

    public void Clear() => _server.ClearReceivedEmail();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _server.Dispose();
}
