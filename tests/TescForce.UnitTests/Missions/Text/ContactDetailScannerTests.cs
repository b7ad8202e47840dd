using System.Diagnostics;
using TescForce.Application.Missions.Text;

namespace TescForce.UnitTests.Missions.Text;

public sealed class ContactDetailScannerTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Scan_NothingToScan_FindsNothing(string? text)
    {
        ContactDetailScanner.Scan(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Écrivez à jean.dupont@acme.fr pour postuler.", "jean.dupont@acme.fr")]
    [InlineData("Contact: JEAN_DUPONT+missions@Acme-Group.co.uk", "JEAN_DUPONT+missions@Acme-Group.co.uk")]
    [InlineData("mail : rené.müller@exemple.de.", "rené.müller@exemple.de")]
    [InlineData("jean @ acme.com", "jean @ acme.com")]
    [InlineData("jean＠acme.com", "jean＠acme.com")]
    public void Scan_PlainEmail_IsFound(string text, string expected)
    {
        var finding = ContactDetailScanner.Scan(text).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(ContactDetailKind.Email);
        finding.Match.ShouldBe(expected);
        finding.Index.ShouldBe(text.IndexOf(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("jean [at] acme [dot] com")]
    [InlineData("jean(at)acme.com")]
    [InlineData("jean at acme dot com")]
    [InlineData("jean AT acme DOT com")]
    [InlineData("jean.dupont (arobase) acme (point) fr")]
    [InlineData("jean arobase acme point fr")]
    [InlineData("jean{at}acme{dot}io")]
    [InlineData("jean [@] acme [.] fr")]
    [InlineData("jean@acme dot fr")]
    [InlineData("jean <at> mail <dot> acme <dot> co <dot> uk")]
    public void Scan_ObfuscatedEmail_IsFoundWhole(string address)
    {
        var text = $"Pour plus d'infos : {address}, merci.";

        var finding = ContactDetailScanner.Scan(text).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(ContactDetailKind.Email);
        finding.Match.ShouldBe(address);
    }

    [Fact]
    public void Scan_PhoneNumberGluedToAnAbbreviation_IsFoundWhole()
    {
        var finding = ContactDetailScanner.Scan("tél.06 12 34 56 78").ShouldHaveSingleItem();

        finding.Kind.ShouldBe(ContactDetailKind.Phone);
        finding.Match.ShouldBe("06 12 34 56 78");
    }

    [Fact]
    public void Scan_SpelledOutLocalPart_IsPartOfTheEmail()
    {
        var finding = ContactDetailScanner.Scan("email me: john dot doe at gmail dot com").ShouldHaveSingleItem();

        finding.Kind.ShouldBe(ContactDetailKind.Email);
        finding.Match.ShouldBe("john dot doe at gmail dot com");
    }

    [Theory]
    [InlineData("We look at the dot com era of the early web.")]
    [InlineData("Our team meets at least once a week; at that point we review the sprint.")]
    [InlineData("Nous travaillons point par point sur le projet at home.")]
    [InlineData("Reach us at acme and we will point you to the right person.")]
    [InlineData("The team works at Thales in Toulouse.")]
    public void Scan_WordsAtAndDotInProse_AreNotEmails(string text)
    {
        ContactDetailScanner.Scan(text).Where(f => f.Kind == ContactDetailKind.Email).ShouldBeEmpty();
    }

    [Fact]
    public void Scan_SpelledAtWithARealDot_IsALinkNotAnEmail()
    {
        // "available at acme.com" is prose around a domain: the domain is what matters.
        var finding = ContactDetailScanner.Scan("The brief is available at acme.com today.").ShouldHaveSingleItem();

        finding.Kind.ShouldBe(ContactDetailKind.Link);
        finding.Match.ShouldBe("acme.com");
    }

    [Theory]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("+33 (0)6 12 34 56 78")]
    [InlineData("+33612345678")]
    [InlineData("0033 6 12 34 56 78")]
    [InlineData("06.12.34.56.78")]
    [InlineData("06 12 34 56 78")]
    [InlineData("06-12-34-56-78")]
    [InlineData("0612345678")]
    [InlineData("01 23 45 67 89")]
    [InlineData("(555) 123-4567")]
    [InlineData("+1 415 555 0100")]
    [InlineData("+1 (415) 555-0100")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+32 470 12 34 56")]
    [InlineData("33 6 12 34 56 78")]
    [InlineData("415.555.0100")]
    [InlineData("06\u00A012\u00A034\u00A056\u00A078")]
    [InlineData("06\u202F12\u202F34\u202F56\u202F78")]
    public void Scan_PhoneNumber_IsFound(string number)
    {
        var text = $"Appelez-moi au {number} après 18h.";

        var finding = ContactDetailScanner.Scan(text).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(ContactDetailKind.Phone);
        finding.Match.ShouldBe(number);
        finding.Index.ShouldBe(text.IndexOf(number, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Démarrage le 2027-01-15 pour 6 mois.")]
    [InlineData("Démarrage le 15/01/2027, fin le 15.07.2027.")]
    [InlineData("Expérience 2019-2023 chez un équipementier, puis 2023 - 2026.")]
    [InlineData("Années 2019 2020 2021 sur le programme A350.")]
    [InlineData("TJM 650 € HT, budget 120 000 €.")]
    [InlineData("Budget total : 10 000 000 € sur trois ans.")]
    [InlineData("Salaire 45 000 - 55 000 € brut annuel.")]
    [InlineData("Couverture de tests 95 %, disponibilité 99.95%.")]
    [InlineData("Java 17, Python 3.12, .NET 8, C++17, Angular 18.2.1")]
    [InlineData("Normes ISO 26262, IEC 61508-3, ISO/IEC 27001:2022, EN 50128 et DO-178C.")]
    [InlineData("Bus ARINC 653 429 664 et norme ISO 26262 21448.")]
    [InlineData("Réf. mission 4500123 ; ISBN 9782123456789 ; SIRET 12345678900012.")]
    [InlineData("Serveur 192.168.100.200 sur le réseau interne.")]
    [InlineData("3 ans d'expérience minimum, niveau B2 en anglais, 35 h par semaine.")]
    [InlineData("Amount: $12,500,000 over 24 months.")]
    [InlineData("Version 1.2.3.4 du firmware, build 20270115.")]
    [InlineData("Salaire 45 000-55 000 € brut, prime 1 200-2 400 $.")]
    [InlineData("Étapes 1 2 3 4 5 6 7 8 du processus.")]
    [InlineData("Référence 2026/12/0345, matricule 123 456 789 012.")]
    public void Scan_NumbersThatAreNotPhoneNumbers_AreNotFound(string text)
    {
        ContactDetailScanner.Scan(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Voir https://acme.fr/missions/42?ref=abc.", "https://acme.fr/missions/42?ref=abc")]
    [InlineData("Docs (http://intranet.acme.local/wiki) à lire.", "http://intranet.acme.local/wiki")]
    [InlineData("Site : www.acme-conseil.fr", "www.acme-conseil.fr")]
    [InlineData("Plus d'infos sur acme.com !", "acme.com")]
    [InlineData("Plus d'infos sur ACME.FR !", "ACME.FR")]
    [InlineData("Le dossier est sur bit.ly/xyz123, à lire.", "bit.ly/xyz123")]
    [InlineData("Rejoignez t.me/jeandupont", "t.me/jeandupont")]
    [InlineData("Écrivez sur wa.me/33612345678", "wa.me/33612345678")]
    [InlineData("Notre site mon-cabinet.consulting.io présente tout.", "mon-cabinet.consulting.io")]
    [InlineData("Lien : https://en.wikipedia.org/wiki/Rust_(programming_language)", "https://en.wikipedia.org/wiki/Rust_(programming_language)")]
    public void Scan_Link_IsFound(string text, string expected)
    {
        var finding = ContactDetailScanner.Scan(text).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(ContactDetailKind.Link);
        finding.Match.ShouldBe(expected);
    }

    [Theory]
    [InlineData("Développeur ASP.NET Core, ADO.NET et VB.NET, ML.NET apprécié.")]
    [InlineData("Front en Vue.js ou Node.js, Next.js, Three.js et Socket.IO.")]
    [InlineData("Migration .NET Framework vers .NET 8 ; C#.NET.")]
    [InlineData("Outils : Draw.io, Cypress.io, fast.ai et H2O.ai.")]
    [InlineData("Balisage schema.org et intégration Salesforce.com.")]
    [InlineData("Langages divers, e.g. Python, i.e. du scripting, etc. Voir aussi Ph.D. ou M.Sc. en informatique.")]
    [InlineData("Fichiers setup.py, main.rs, build.sh, README.md et app.module.ts à maintenir.")]
    [InlineData("Fin de phrase.Début de la suivante sans espace.")]
    public void Scan_TechnologyNamesAndAbbreviations_AreNotLinks(string text)
    {
        ContactDetailScanner.Scan(text).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("WhatsApp: +33 6 12 34 56 78", "WhatsApp: +33 6 12 34 56 78")]
    [InlineData("Telegram @jeandupont", "Telegram @jeandupont")]
    [InlineData("skype : jean.dupont.42", "skype : jean.dupont.42")]
    [InlineData("Skype ID: jeandupont", "Skype ID: jeandupont")]
    [InlineData("Whats App = jean_d", "Whats App = jean_d")]
    [InlineData("Discord: jean#1234", "Discord: jean#1234")]
    [InlineData("Signal +33612345678", "Signal +33612345678")]
    [InlineData("WeChat: jdupont88", "WeChat: jdupont88")]
    public void Scan_MessagingHandle_IsFound(string text, string expected)
    {
        var finding = ContactDetailScanner.Scan(text).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(ContactDetailKind.Messaging);
        finding.Match.ShouldBe(expected);
    }

    [Theory]
    [InlineData("Traitement du signal : FFT, filtrage numérique et DSP.")]
    [InlineData("Développement d'un bot Telegram : intégration API et webhooks.")]
    [InlineData("Intégration de l'API WhatsApp Business pour le support client.")]
    [InlineData("Signal processing: Kalman filters, signal integrity.")]
    [InlineData("Skype for Business migration to Teams.")]
    public void Scan_MessagingAppsMentionedInProse_AreNotHandles(string text)
    {
        ContactDetailScanner.Scan(text).ShouldBeEmpty();
    }

    [Fact]
    public void Scan_SeveralDetails_AreReturnedInOrderWithoutOverlap()
    {
        const string text = "Mail jean@acme.fr, site https://acme.fr/contact?tel=0612345678 ou appelez le 06 12 34 56 78.";

        var findings = ContactDetailScanner.Scan(text);

        findings.Select(f => f.Kind).ShouldBe([ContactDetailKind.Email, ContactDetailKind.Link, ContactDetailKind.Phone]);
        findings.Select(f => f.Match).ShouldBe(["jean@acme.fr", "https://acme.fr/contact?tel=0612345678", "06 12 34 56 78"]);
        findings.Select(f => f.Index).ShouldBeInOrder();
    }

    [Fact]
    public void Scan_InvisibleCharactersInsideADetail_DoNotHideIt()
    {
        const string text = "Écrire à jean@ac\u200Bme.fr ou au 06\u00AD12 34 56 78.";

        var findings = ContactDetailScanner.Scan(text);

        findings.Select(f => f.Kind).ShouldBe([ContactDetailKind.Email, ContactDetailKind.Phone]);
        findings[0].Match.ShouldBe("jean@ac\u200Bme.fr");
        findings[0].Index.ShouldBe(text.IndexOf("jean", StringComparison.Ordinal));
        findings[1].Match.ShouldBe("06\u00AD12 34 56 78");
    }

    [Fact]
    public void Scan_DetailBeyondTheCap_IsNotScanned()
    {
        var padding = new string('a', ContactDetailScanner.MaxScannedLength) + " ";

        ContactDetailScanner.Scan(padding + "jean@acme.fr").ShouldBeEmpty();
        ContactDetailScanner.Scan("jean@acme.fr " + padding).ShouldHaveSingleItem();
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Scan_HostileInput_ReturnsQuickly(string text)
    {
        var stopwatch = Stopwatch.StartNew();

        ContactDetailScanner.Scan(text);

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    public static TheoryData<string> HostileInputs() => new()
    {
        Repeat("a", 30_000),
        Repeat("a.", 15_000),
        Repeat("a@", 15_000),
        Repeat("a-", 15_000),
        Repeat("1 ", 15_000),
        Repeat("12.", 10_000),
        Repeat("jean at acme dot ", 2_000),
        Repeat("x [at] y [dot] ", 2_000),
        Repeat("www.a", 6_000),
        "https://" + Repeat("a", 30_000),
        Repeat("Skype: ", 4_000),
        Repeat("+33 (0)", 4_000),
        Repeat(" ", 30_000) + "@",
    };

    [Theory]
    [MemberData(nameof(CleanDescriptions))]
    public void Scan_RealisticDescription_FindsNothing(string description)
    {
        ContactDetailScanner.Scan(description).ShouldBeEmpty();
    }

    public static TheoryData<string> CleanDescriptions() => new()
    {
        """
        Nous recherchons un ingénieur logiciel embarqué C++ / Linux embarqué pour un programme avionique.
        Missions : développement du logiciel de vol selon la DO-178C (DAL B), partitionnement ARINC 653,
        bus ARINC 429 et AFDX, outillage en Python 3.12. Normes ISO 26262 appréciées.
        Profil : 3 ans d'expérience minimum, anglais courant (niveau B2), C++17, Git, Jenkins.
        Démarrage le 2027-01-15, mission de 12 mois, TJM 650 €/jour, télétravail 2 j/semaine.
        Lieu : Toulouse (31). Taux d'occupation 100 %.
        """,
        """
        Senior Python developer (5+ years) with PyTorch, Kubernetes and AWS. You will build ML pipelines on
        Node.js and .NET 8 services, e.g. a FastAPI gateway and an ASP.NET Core back office; Vue.js front end.
        Budget: $120,000 to $150,000 per year, start date 01/15/2027, 40 hours per week, 99.9% uptime SLO.
        Nice to have: Java 17, Go 1.22, Terraform 1.7, ISO 27001, SOC 2 Type II, IEEE 754 numerics.
        """,
        """
        Mission de consultant SAP FI/CO (S/4HANA 2023) : 18 mois à partir de janvier 2027, 2 à 3 jours sur site
        à Paris 8e. Expérience 2015-2025 dans la finance, certification PMP ou PRINCE2, TJM 800 € HT.
        Outils : Jira, Confluence, Power BI, Excel (VBA). Anglais B2/C1. Réunion hebdomadaire le lundi à 9h30.
        """,
        """
        Développeur·se full-stack TypeScript : Angular 17, NestJS, PostgreSQL 16, Redis 7.2, Docker, GitLab CI.
        Vous interviendrez sur 3 applications (≈ 250 000 utilisateurs), avec une équipe de 8 personnes.
        Télétravail : 4 j / 5. Rémunération : 55 k€ à 65 k€. Process : 2 entretiens (1 h chacun).
        """,
    };

    private static string Repeat(string value, int times) => string.Concat(Enumerable.Repeat(value, times));
}
