namespace TescForce.Application.Missions.Text;

/// <summary>What kind of contact detail a mission description gives away.</summary>
public enum ContactDetailKind
{
    /// <summary>An e-mail address, plain (<c>jean@acme.fr</c>) or spelled out (<c>jean [at] acme [dot] fr</c>).</summary>
    Email,

    /// <summary>A phone number, international or national.</summary>
    Phone,

    /// <summary>A web address: <c>https://…</c>, <c>www.…</c> or a bare domain such as <c>acme.fr</c> or <c>bit.ly/xyz</c>.</summary>
    Link,

    /// <summary>
    /// A messaging account: WhatsApp, Telegram, Skype, Signal, Viber, WeChat, Discord, Snapchat or Kik followed by a
    /// handle or a number. Kept apart from <see cref="Phone"/> because the curator reads the handle, not a number.
    /// </summary>
    Messaging,
}
