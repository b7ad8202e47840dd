namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// Fictional IT-services companies (ESN) of Occitanie. Any likeness to a real company's name is
/// accidental; websites use the reserved <c>.example</c> domain.
/// </summary>
internal static class CompanyCatalogue
{
    /// <summary>What the demo company member's company does (DemoAccounts: Aerosoft Conseil).</summary>
    public static IReadOnlyList<string> DemoCompanySpecialities { get; } = ["embedded", "flight-software", "space", "mbse", "qa"];

    public static IReadOnlyList<CompanyTemplate> Templates { get; } =
    [
        new("Garonne Systèmes", "Toulouse", ["embedded", "flight-software", "mbse"],
            "Embedded and avionics software for aircraft makers and their tier-one suppliers."),
        new("Capitole Data", "Toulouse", ["data-science", "data-engineering", "ml"],
            "Data engineering and data science, from the data platform to models in production."),
        new("Pyrène Cyber", "Labège", ["pentest", "security-architecture"],
            "Penetration testing, security audits and security architecture for industry and defence."),
        new("Occitalis Ingénierie", "Toulouse", [],
            "Engineering and IT services for aerospace, space, defence and energy programmes."),
        new("Orbitale Conseil", "Toulouse", ["space", "flight-software", "mbse"],
            "Space systems engineering and flight software for satellite primes and agencies."),
        new("Brique Rose Numérique", "Toulouse", ["web", "dotnet", "java", "qa"],
            "Web and business applications, from design to operations, for companies of the region."),
        new("Blagnac Avionique Services", "Blagnac", ["flight-software", "embedded", "qa"],
            "Development and verification of avionics software under DO-178C."),
        new("Hélios Embarqué", "Colomiers", ["embedded", "fpga", "robotics"],
            "Embedded electronics and software for aerospace and mobility."),
        new("Lauragais Logiciel", "Labège", ["dotnet", "java", "web"],
            "Custom software development and application maintenance in .NET and Java."),
        new("Minerve IA", "Toulouse", ["ml", "data-science"],
            "Applied artificial intelligence: computer vision, language models and MLOps."),
        new("Canal Cloud", "Toulouse", ["cloud-devops", "security-architecture"],
            "Cloud migrations, Kubernetes platforms and DevOps coaching."),
        new("Cassiopée Space Engineering", "Toulouse", ["space", "mbse", "fpga"],
            "Space segment and ground segment engineering, from phase A to operations."),
        new("Violette Consulting", "Toulouse", [],
            "IT consulting, project management and software engineering for industry and services."),
        new("Saint-Sernin Solutions", "Toulouse", ["project-management", "qa", "java"],
            "Project management, testing and delivery of information systems."),
        new("Aéro Méthodes et Systèmes", "Blagnac", ["mbse", "project-management", "flight-software"],
            "Systems engineering, MBSE and programme management for aerospace."),
        new("Montpellier Numérique Services", "Montpellier", ["web", "cloud-devops", "java"],
            "Web platforms, cloud hosting and Java development for public and private clients."),
        new("Lez Data Lab", "Montpellier", ["data-science", "data-engineering", "ml"],
            "Data science for health, agriculture and energy."),
        new("Septimanie Cyberdéfense", "Montpellier", ["pentest", "security-architecture"],
            "Security operations, incident response and security audits."),
        new("Nemausus Informatique", "Nîmes", ["dotnet", "web", "qa"],
            "Business software and web platforms for regional industry and public services."),
        new("Arènes Technologies", "Nîmes", ["embedded", "robotics"],
            "Embedded systems and industrial automation."),
        new("Tarn Ingénierie Numérique", "Albi", ["embedded", "qa", "java"],
            "Software engineering and testing for industry and aerospace suppliers."),
        new("Albigeois Systèmes d'Information", "Albi", ["data-engineering", "dotnet"],
            "Information systems, data integration and business intelligence."),
        new("Bigorre Électronique", "Tarbes", ["fpga", "embedded"],
            "FPGA and electronic board design for rail, aerospace and defence."),
        new("Adour Logiciels Critiques", "Tarbes", ["flight-software", "embedded", "qa"],
            "Critical software for rail and aerospace, certified to EN 50128 and DO-178C."),
        new("Castres Digital Factory", "Castres", ["web", "dotnet", "cloud-devops"],
            "Web and mobile development, cloud hosting and DevOps."),
        new("Agout Informatique", "Castres", ["java", "qa"],
            "Java development and test automation for banks and insurers."),
        new("Catalane de Services Numériques", "Perpignan", ["web", "java", "cloud-devops"],
            "Digital services for companies of the Pyrénées-Orientales and beyond."),
        new("Roussillon Data", "Perpignan", ["data-engineering", "data-science"],
            "Data platforms, reporting and analytics."),
        new("Labège Robotique", "Labège", ["robotics", "ml", "embedded"],
            "Robotics, perception and autonomous systems."),
        new("Colomiers Test & Validation", "Colomiers", ["qa", "flight-software"],
            "Test, verification and validation of embedded and IT systems."),
        new("Ramonville Space Software", "Ramonville-Saint-Agne", ["space", "flight-software"],
            "On-board and ground software for satellites."),
        new("Balma Conseil IT", "Balma", ["project-management", "cloud-devops", "java"],
            "IT consulting: project management, cloud and application development."),
        new("Toulouse Agile Partners", "Toulouse", ["project-management", "qa"],
            "Agile coaching, product ownership and project management."),
        new("Novasud Ingénierie", "Toulouse", [],
            "Engineering and digital services for aerospace, space, defence and energy."),
        new("Groupe Mistral Technologies", "Toulouse", [],
            "Engineering consulting and IT services for the industry of the South of France."),
        new("Cers Ingénierie", "Montpellier", [],
            "Engineering and digital services across Occitanie."),
        new("Autan Systems", "Toulouse", [],
            "Technology consulting for aerospace, automotive and energy leaders."),
        new("Fenouillèdes Cloud", "Perpignan", ["cloud-devops"],
            "Managed cloud infrastructure and DevOps tooling."),
        new("Compans Logiciel", "Toulouse", ["dotnet", "web"],
            ".NET and web development for industrial companies."),
        new("Pastel Data & IA", "Toulouse", ["data-science", "ml"],
            "Data science and machine learning for aerospace and industry."),
        new("Lyra Space Systems", "Toulouse", ["space", "fpga"],
            "Payload electronics and on-board data handling for small satellites."),
        new("Sidobre Sécurité Numérique", "Castres", ["security-architecture", "pentest"],
            "Information security consulting, ISO 27001 and NIS2 compliance."),
        new("Cévennes Logiciel", "Nîmes", ["java", "dotnet"],
            "Back-end development and application maintenance."),
        new("Montaudran Mobility Software", "Toulouse", ["embedded", "robotics", "ml"],
            "Software for autonomous vehicles, drones and smart mobility."),
        new("Jolimont Analytics", "Toulouse", ["data-engineering", "data-science"],
            "Data engineering and analytics on modern cloud data platforms."),
        new("Andromède Ingénierie", "Blagnac", ["mbse", "embedded", "flight-software"],
            "Systems and software engineering for aircraft and helicopters."),
        new("Basso Cambo Conseil", "Toulouse", ["java", "qa", "cloud-devops"],
            "Java development, test automation and DevOps for large accounts."),
    ];

    /// <summary>Name parts for further companies when a demo asks for more than <see cref="Templates"/> holds.</summary>
    public static IReadOnlyList<string> ExtraNamePrefixes { get; } =
    [
        "Occitanie", "Garonne", "Tolosa", "Pastel", "Cathare", "Canal", "Lauragais", "Gascogne", "Comminges", "Quercy",
        "Minervois", "Corbières", "Camargue", "Aubrac", "Causses", "Vallespir",
    ];

    public static IReadOnlyList<string> ExtraNameSuffixes { get; } =
    [
        "Ingénierie", "Systèmes", "Conseil", "Numérique", "Technologies", "Software", "Digital", "Data", "Services IT", "Solutions",
    ];

    public static IReadOnlyList<string> ExtraCities { get; } =
    [
        "Toulouse", "Toulouse", "Toulouse", "Blagnac", "Labège", "Colomiers", "Montpellier", "Nîmes", "Albi", "Tarbes",
        "Castres", "Perpignan",
    ];
}
