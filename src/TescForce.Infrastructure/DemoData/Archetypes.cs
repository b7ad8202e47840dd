namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// The archetypes of the demo data. ESCO concepts are named by their URI (the label is in the comment,
/// since a bare UUID says nothing); supplement skills by their <c>tescforce:</c> code. The generator
/// checks at start that every code exists, so a renamed or removed skill fails loudly, not silently.
/// </summary>
internal static class Archetypes
{
    public const string EscoSkill = "http://data.europa.eu/esco/skill/";
    public const string EscoOccupation = "http://data.europa.eu/esco/occupation/";

    // Shared ESCO concepts, named once.
    private const string Python = EscoSkill + "ccd0a1d9-afda-43d9-b901-96344886e14d";
    private const string Cpp = EscoSkill + "b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f";
    private const string Java = EscoSkill + "19a8293b-8e95-4de3-983f-77484079c389";
    private const string Sql = EscoSkill + "598de5b0-5b58-4ea7-8058-a4bc4d18c742";
    private const string PostgreSql = EscoSkill + "a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996";
    private const string MachineLearning = EscoSkill + "3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43";
    private const string ComputerVision = EscoSkill + "7b0d5000-00da-4864-b776-6de49a87a669";
    private const string Matlab = EscoSkill + "c3a03c5a-c260-4c26-9b9a-873abb396f4d";
    private const string EmbeddedSystems = EscoSkill + "2180bd8c-86de-4889-8165-adac902eee9d";
    private const string UnitTesting = EscoSkill + "7961413f-61d0-4722-9cd9-20a050a29899"; // perform software unit testing
    private const string IntegrationTesting = EscoSkill + "ea412de3-9d7a-4943-8d8c-c6d3c7495d0e"; // execute integration testing
    private const string Angular = EscoSkill + "1ffac4ac-fda7-407d-8ed1-ca8f4a8dc146";
    private const string TypeScript = EscoSkill + "867137fb-ff1b-4ca3-99f3-cb6969aa2c68";
    private const string DesignPatterns = EscoSkill + "2b7a79e5-84d8-4880-be66-3d9bb05bea17"; // use software design patterns
    private const string AgileDevelopment = EscoSkill + "dba46f87-0831-49cd-a1c7-340a653c0221";
    private const string RiskManagement = EscoSkill + "69cfc5ed-6569-4aca-a4cc-fd782ba51d9c"; // implement ICT risk management

    public static IReadOnlyList<Archetype> All { get; } =
    [
        new("embedded", ["embedded software engineer", "embedded C developer"],
            EscoOccupation + "57af9090-55b4-4911-b2d0-86db01c00b02", // embedded systems software developer
            12, 430, "embedded and real-time software",
            ["tescforce:c-language", EmbeddedSystems, "tescforce:rtos", Cpp, "tescforce:embedded-linux"],
            [
                "tescforce:freertos", "tescforce:zephyr", "tescforce:yocto", "tescforce:misra-c", "tescforce:can-bus",
                "tescforce:static-code-analysis", "tescforce:embedded-rust", "tescforce:autosar", "tescforce:iso-26262",
                "tescforce:hil-testing", Python, UnitTesting,
                EscoSkill + "162c7407-14ec-43ef-a4c2-31ccd1267850", // design firmware
                EscoSkill + "85616cc4-98bf-4355-9cf1-72ff11752848", // develop ICT device driver
                EscoSkill + "2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1", // debug software
                EscoSkill + "47b9bbcf-356c-4782-83a4-7f5a1b2b51a3", // Assembly (computer programming)
            ],
            [
                new("tescforce:misra-c", "MISRA C"), new("tescforce:yocto", "Yocto"), new("tescforce:freertos", "FreeRTOS"),
                new("tescforce:autosar", "AUTOSAR"), new("tescforce:embedded-linux", "embedded Linux"),
                new("tescforce:iso-26262", "ISO 26262"), new("tescforce:embedded-rust", "embedded Rust"),
            ],
            ["aerospace", "automotive", "space", "defence", "industry", "rail"],
            ["ISTQB Foundation", "Certified Automotive SPICE Provisional Assessor"]),

        new("flight-software", ["flight software engineer", "avionics software engineer"],
            EscoOccupation + "d7e663b2-f042-47d8-9fda-b5b8ba30ca04", // aerospace engineer (alt label: avionics engineer)
            10, 470, "critical avionics software",
            ["tescforce:flight-software", "tescforce:avionics", "tescforce:do-178c", "tescforce:safety-critical-software", "tescforce:c-language"],
            [
                "tescforce:ada", "tescforce:spark-ada", "tescforce:arinc-653", "tescforce:avionics-data-buses", "tescforce:arinc-429",
                "tescforce:afdx", "tescforce:vxworks", "tescforce:pikeos", "tescforce:scade-suite", "tescforce:lustre",
                "tescforce:do-330", "tescforce:do-331", "tescforce:requirements-engineering", "tescforce:ibm-doors",
                "tescforce:arp4754a", "tescforce:static-code-analysis", "tescforce:astree", "tescforce:polyspace",
                EscoSkill + "2672f6a9-1e70-43c5-859d-e6a0fc9ea0f1", // aircraft flight control systems
                IntegrationTesting,
            ],
            [
                new("tescforce:do-178c", "DO-178C"), new("tescforce:scade-suite", "SCADE"), new("tescforce:arinc-653", "ARINC 653"),
                new("tescforce:ada", "Ada"), new("tescforce:afdx", "AFDX"), new("tescforce:spark-ada", "SPARK Ada"),
            ],
            ["aerospace", "defence", "space"],
            ["ISTQB Foundation", "DO-178C Practitioner (AFuzion)"]),

        new("space", ["space systems engineer", "satellite software engineer"],
            EscoOccupation + "24161923-e3e6-4096-b377-f1ee8a7ea31b", // satellite engineer
            7, 480, "satellite and space systems",
            ["tescforce:space-systems-engineering", "tescforce:ecss-standards", "tescforce:flight-software", "tescforce:ground-segment"],
            [
                "tescforce:ecss-e-st-40c", "tescforce:ecss-q-st-80c", "tescforce:ecss-pus", "tescforce:ccsds-protocols",
                "tescforce:spacewire", "tescforce:aocs", "tescforce:gnc", "tescforce:rtems", "tescforce:simulink",
                "tescforce:c-language", "tescforce:ada", "tescforce:requirements-engineering", Matlab, Python,
                EscoSkill + "b3f971b2-6c11-43d3-b5ce-8ba7f5a223c7", // types of satellites
                EscoSkill + "e3201e73-ef4d-447d-ac9b-b18e45f35eea", // monitor satellites
                EscoSkill + "40802f0d-d400-404c-bc26-f9ba4eb6195a", // test ground system performance
            ],
            [
                new("tescforce:aocs", "AOCS"), new("tescforce:gnc", "GNC"), new("tescforce:ecss-standards", "ECSS"),
                new("tescforce:ground-segment", "ground segment"), new("tescforce:ccsds-protocols", "CCSDS"),
            ],
            ["space", "defence", "aerospace", "telecom"],
            ["INCOSE CSEP", "ESA ECSS Software Standards training"]),

        new("data-science", ["data scientist"],
            EscoOccupation + "258e46f9-0075-4a2e-adae-1ff0477e0f30", // data scientist
            6, 450, "data science and statistics",
            [Python, MachineLearning, "tescforce:scikit-learn", "tescforce:pandas", Sql],
            [
                "tescforce:numpy", "tescforce:deep-learning", "tescforce:pytorch", "tescforce:power-bi", "tescforce:tableau",
                "tescforce:explainable-ai", "tescforce:databricks",
                EscoSkill + "8369c2d6-c100-4cf6-bd83-9668d8678433", // utilise machine learning
                EscoSkill + "382c11ed-20d5-4ae7-b60e-15fec527fa6c", // apply statistical analysis techniques
                EscoSkill + "2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f", // perform data analysis
                EscoSkill + "4216e465-7baa-4884-a241-54b197bb9278", // perform data mining
                EscoSkill + "65e58886-bd1e-4c5b-8ca5-8d9b353c8aa1", // data visualisation software
                EscoSkill + "fff0e2cd-d0bd-4b02-9daf-158b79d9688a", // natural language processing
                EscoSkill + "97bd1c21-66b2-4b7e-ad0f-e3cda590e378", // data analytics
            ],
            [
                new("tescforce:scikit-learn", "scikit-learn"), new("tescforce:pytorch", "PyTorch"),
                new(EscoSkill + "fff0e2cd-d0bd-4b02-9daf-158b79d9688a", "NLP"), new("tescforce:explainable-ai", "explainable AI"),
                new("tescforce:power-bi", "Power BI"),
            ],
            ["finance", "aerospace", "health", "energy", "retail", "telecom"],
            ["Microsoft Certified: Azure Data Scientist Associate", "Google Professional Machine Learning Engineer"]),

        new("ml", ["machine learning engineer", "AI engineer"],
            EscoOccupation + "35553663-deab-4d9a-bf22-15c1625d28e8", // artificial intelligence engineer
            6, 490, "machine learning and AI systems",
            [Python, "tescforce:deep-learning", "tescforce:pytorch", MachineLearning, "tescforce:mlops"],
            [
                "tescforce:tensorflow", "tescforce:mlflow", "tescforce:docker", "tescforce:kubernetes", "tescforce:opencv",
                "tescforce:large-language-models", "tescforce:retrieval-augmented-generation", "tescforce:hugging-face-transformers",
                "tescforce:onnx", "tescforce:cuda", "tescforce:edge-ai", "tescforce:llm-fine-tuning", "tescforce:vector-databases",
                "tescforce:reinforcement-learning", ComputerVision, Cpp,
                EscoSkill + "5608d5a0-6d5e-43b7-be37-616501729bb4", // artificial neural networks
            ],
            [
                new("tescforce:pytorch", "PyTorch"), new(ComputerVision, "computer vision"), new("tescforce:large-language-models", "LLMs"),
                new("tescforce:mlops", "MLOps"), new("tescforce:edge-ai", "edge AI"), new("tescforce:retrieval-augmented-generation", "RAG"),
            ],
            ["aerospace", "space", "automotive", "defence", "health", "finance"],
            ["TensorFlow Developer Certificate", "AWS Certified Machine Learning – Specialty", "NVIDIA DLI Certificate"]),

        new("data-engineering", ["data engineer"],
            EscoOccupation + "2079755f-d809-49e6-8037-4de6180e54c0", // data engineer
            5, 450, "data platforms and pipelines",
            [EscoSkill + "48db96bf-3314-45c6-bad8-fdb6e20e5639" /* data engineering */, Python, Sql, "tescforce:apache-spark"],
            [
                "tescforce:databricks", "tescforce:apache-airflow", "tescforce:dbt", "tescforce:snowflake", "tescforce:apache-kafka",
                "tescforce:data-governance", "tescforce:aws", "tescforce:microsoft-azure", "tescforce:docker", PostgreSql,
                EscoSkill + "3ec2e4d6-7000-4905-bf1a-c5b1679416de", // data warehouse
                EscoSkill + "9d0d89be-bffa-4393-b6f6-8d05bea49051", // data extraction, transformation and loading tools
                EscoSkill + "ffddfc7c-a9dd-449f-9e96-882dc447c8b6", // Scala
                EscoSkill + "e46291c7-52b9-4174-bd59-178884861038", // Hadoop
                EscoSkill + "76ef6ed3-1658-4a1a-9593-204d799c6d0c", // NoSQL
                EscoSkill + "020918ef-4b55-47c1-8430-ab7b8f6a7377", // migrate existing data
            ],
            [
                new("tescforce:apache-spark", "Spark"), new("tescforce:databricks", "Databricks"), new("tescforce:apache-kafka", "Kafka"),
                new("tescforce:apache-airflow", "Airflow"), new("tescforce:dbt", "dbt"), new("tescforce:snowflake", "Snowflake"),
            ],
            ["finance", "retail", "energy", "aerospace", "telecom", "industry"],
            ["Databricks Certified Data Engineer Associate", "Google Professional Data Engineer", "Snowflake SnowPro Core"]),

        new("cloud-devops", ["cloud DevOps engineer", "site reliability engineer", "cloud engineer"],
            EscoOccupation + "cc867bee-ab5c-427f-9244-f7a204d9574b", // cloud DevOps engineer
            8, 460, "cloud infrastructure and DevOps",
            [EscoSkill + "f0de4973-0a70-4644-8fd4-3a97080476f4" /* DevOps */, "tescforce:docker", "tescforce:kubernetes", "tescforce:ci-cd", "tescforce:linux"],
            [
                "tescforce:terraform", "tescforce:gitlab-ci", "tescforce:github-actions", "tescforce:aws", "tescforce:microsoft-azure",
                "tescforce:google-cloud", "tescforce:prometheus", "tescforce:grafana", "tescforce:helm", "tescforce:argo-cd",
                "tescforce:observability", "tescforce:go-language", "tescforce:site-reliability-engineering", "tescforce:openshift",
                "tescforce:infrastructure-as-code",
                EscoSkill + "6f8a40d6-f9ce-43ec-a72f-d4213a53f3ed", // Ansible
                EscoSkill + "11430d93-c835-48ed-8e70-285fa69c9ae6", // design cloud architecture
                EscoSkill + "ce8ae6ca-61d8-4174-b457-641de96cbff4", // automate cloud tasks
                EscoSkill + "5ef0c719-5bcb-49f8-b8eb-824388225333", // use scripting programming
            ],
            [
                new("tescforce:kubernetes", "Kubernetes"), new("tescforce:aws", "AWS"), new("tescforce:microsoft-azure", "Azure"),
                new("tescforce:terraform", "Terraform"), new("tescforce:gitlab-ci", "GitLab CI"), new("tescforce:openshift", "OpenShift"),
            ],
            ["finance", "telecom", "retail", "public", "aerospace", "energy"],
            [
                "AWS Solutions Architect – Associate", "Certified Kubernetes Administrator",
                "Microsoft Certified: Azure Administrator Associate", "HashiCorp Certified: Terraform Associate",
            ]),

        new("pentest", ["penetration tester", "security analyst"],
            EscoOccupation + "76ef0a87-6afe-4560-b5d0-9a086abe45c5", // ethical hacker
            4, 500, "offensive security and security operations",
            [
                EscoSkill + "f4a85869-1855-45d5-a43c-7ee8cd451996", // perform ICT security testing
                EscoSkill + "0ffdb6ac-03b5-4f1c-bfcc-3d9cb874fdf9", // ethical hacking principles
                "tescforce:burp-suite",
                EscoSkill + "625b57ee-29d4-425b-bf99-9fd54dd021fe", // Kali Linux
            ],
            [
                "tescforce:owasp-asvs", "tescforce:mitre-attack", "tescforce:vulnerability-management", "tescforce:siem",
                "tescforce:security-operations-centre", "tescforce:splunk", "tescforce:edr", "tescforce:linux", Python,
                EscoSkill + "de586dcf-d7e5-4340-bf5b-d59026f1b436", // penetration testing tool
                EscoSkill + "50597e96-9b6a-4736-ac79-dd80f36c0269", // Metasploit
                EscoSkill + "1ce4cddd-4a74-458e-a2d4-152ca939475a", // OWASP ZAP
                EscoSkill + "902fb91c-3113-4004-9b4f-79aa86b638b7", // web application security threats
                EscoSkill + "2891f0dc-4426-4a9a-8fbb-db4fb0a66f91", // Nessus
                EscoSkill + "8fa510d0-a8a6-4932-a361-00f8442cfe23", // Wireshark
                EscoSkill + "08a3dcea-12de-447b-a3a5-aa657abc5e97", // execute social engineering tests
                EscoSkill + "78845d0c-e56f-4318-a9c6-bf75931dd520", // conduct threat intelligence
                EscoSkill + "8181aa4c-42bc-4036-a3d2-5cb6bbb34239", // handle cybersecurity incidents
            ],
            [
                new("tescforce:burp-suite", "web application pentesting"), new("tescforce:mitre-attack", "MITRE ATT&CK"),
                new("tescforce:security-operations-centre", "SOC"), new("tescforce:siem", "SIEM"),
            ],
            ["defence", "finance", "aerospace", "public", "health", "energy"],
            ["OSCP", "CEH", "GIAC GPEN", "CompTIA Security+"]),

        new("security-architecture", ["cybersecurity architect", "security consultant"],
            // ESCO files "ICT security architect" as an alternative label of this occupation.
            EscoOccupation + "0ce5a9f4-e00a-4bbe-b255-3c63407167a4", // cyber incident responder
            3, 560, "security architecture and governance",
            [
                EscoSkill + "8088750d-8388-4170-a76f-48354c469c44", // cyber security
                "tescforce:zero-trust", "tescforce:iso-27001",
                EscoSkill + "11eebd42-44ab-401d-8a2c-bdb9fc9beb50", // information security strategy
            ],
            [
                "tescforce:iso-27005", "tescforce:ebios-rm", "tescforce:nis2", "tescforce:pki", "tescforce:oauth-oidc",
                "tescforce:keycloak", "tescforce:entra-id", "tescforce:cspm", "tescforce:iec-62443", "tescforce:do-326a",
                "tescforce:secnumcloud", "tescforce:devsecops", RiskManagement,
                EscoSkill + "1c2978b8-bb0d-4249-9c23-877571a4dffa", // cloud security and compliance
                EscoSkill + "4918ec9a-0204-4935-8b09-b0112370daa8", // establish an Information Security Management System
                EscoSkill + "fe1c2b32-7fe9-4668-affa-07ff658a68cf", // identify ICT security risks
                EscoSkill + "d32db06e-bd06-4415-a7ab-1b0ee68caa9a", // ICT encryption
                EscoSkill + "3ff589b7-68df-4ea5-ae41-b395bdb2378f", // ICT security standards
            ],
            [
                new("tescforce:zero-trust", "zero trust"), new("tescforce:iso-27001", "ISO 27001"), new("tescforce:ebios-rm", "EBIOS RM"),
                new("tescforce:iec-62443", "IEC 62443"), new("tescforce:do-326a", "DO-326A"), new("tescforce:pki", "PKI"),
            ],
            ["defence", "aerospace", "finance", "public", "energy", "health"],
            ["CISSP", "ISO 27001 Lead Implementer", "CISM", "CCSP"]),

        new("web", ["full-stack web developer", "front-end developer"],
            EscoOccupation + "c40a2919-48a9-40ea-b506-1f34f693496d", // web developer
            7, 400, "web applications",
            [EscoSkill + "3cd569a2-4f88-4c1e-9995-8dce8c5e51a7" /* JavaScript */, TypeScript, "tescforce:react", "tescforce:nodejs"],
            [
                Angular, "tescforce:vuejs", "tescforce:nextjs", "tescforce:rest-api-design", "tescforce:graphql",
                "tescforce:mongodb", "tescforce:docker", "tescforce:playwright", "tescforce:cypress", "tescforce:django", PostgreSql, Python,
                EscoSkill + "e5d1f825-60ed-4bdd-872a-e748c387f777", // CSS
                EscoSkill + "69bbd53f-fbb0-4476-b4b2-ef7844464e28", // web programming
                EscoSkill + "1110c92f-3059-445a-9436-0f4200d365f5", // Sass
                EscoSkill + "6ad40ca3-dc34-4442-b23f-0b1b28936f56", // maintain responsive design
            ],
            [
                new("tescforce:react", "React"), new(Angular, "Angular"), new("tescforce:vuejs", "Vue.js"),
                new("tescforce:nodejs", "Node.js"), new("tescforce:nextjs", "Next.js"), new(TypeScript, "TypeScript"),
            ],
            ["retail", "finance", "public", "health", "telecom", "aerospace"],
            ["Professional Scrum Developer", "AWS Certified Developer – Associate"]),

        new("dotnet", [".NET developer", "C# software engineer"],
            EscoOccupation + "f2b15a0e-e65a-438a-affb-29b9d50b77d1", // software developer
            6, 420, ".NET business applications",
            [EscoSkill + "4c016b68-4116-468c-9dc6-42710c239e4a" /* C# */, "tescforce:dotnet", "tescforce:aspnet-core", Sql],
            [
                "tescforce:blazor", "tescforce:microsoft-azure", "tescforce:rest-api-design", "tescforce:microservices-architecture",
                "tescforce:docker", "tescforce:tdd", "tescforce:rabbitmq", TypeScript, Angular, DesignPatterns, UnitTesting,
                EscoSkill + "56a7f561-1d55-43c9-9cd7-36a0a9bc6c50", // ASP.NET
                EscoSkill + "c7d24594-0c11-4b27-9039-fe0bb903da8e", // LINQ
                EscoSkill + "c062bab3-3ea0-4291-9220-a2d8fef4bead", // SQL Server
                EscoSkill + "5b9cde20-f1b9-4adc-bfb3-dbf70b14138d", // use object-oriented programming
            ],
            [
                new("tescforce:aspnet-core", "ASP.NET Core"), new("tescforce:blazor", "Blazor"), new("tescforce:microsoft-azure", "Azure"),
                new("tescforce:microservices-architecture", "microservices"),
            ],
            ["finance", "aerospace", "industry", "public", "health", "energy"],
            ["Microsoft Certified: Azure Developer Associate", "Professional Scrum Developer"]),

        new("java", ["Java developer", "Java back-end engineer"],
            EscoOccupation + "bd272aee-adc9-4a06-a15c-a73b4b4a46a7", // ICT application developer
            7, 420, "Java back-end systems",
            [Java, "tescforce:spring-boot", "tescforce:rest-api-design", Sql],
            [
                "tescforce:microservices-architecture", "tescforce:apache-kafka", "tescforce:docker", "tescforce:kubernetes",
                "tescforce:tdd", "tescforce:sonarqube", PostgreSql, Angular, DesignPatterns, UnitTesting,
                EscoSkill + "0d168770-4d9c-4096-b048-a6577818d306", // Apache Maven
                EscoSkill + "de9f85ba-e77f-48fd-8c66-f5ebaf32d655", // Oracle Relational Database
                EscoSkill + "52cf3037-ab53-4806-85ed-7fd21ea7f6a1", // Groovy
                EscoSkill + "ffddfc7c-a9dd-449f-9e96-882dc447c8b6", // Scala
                EscoSkill + "0fb753a1-2ef2-4429-84d2-ecb2b24daf7a", // Apache Tomcat
                EscoSkill + "f47a1998-0beb-43be-9f46-380aa4d183da", // Jenkins
            ],
            [
                new("tescforce:spring-boot", "Spring Boot"), new("tescforce:microservices-architecture", "microservices"),
                new("tescforce:apache-kafka", "Kafka"), new("tescforce:kubernetes", "Kubernetes"),
            ],
            ["finance", "aerospace", "telecom", "retail", "public", "rail"],
            ["Oracle Certified Professional: Java SE 17 Developer", "Spring Certified Professional"]),

        new("robotics", ["robotics engineer", "autonomous systems engineer"],
            EscoOccupation + "551a6797-3ca9-41fc-9dca-9a982a8fd8a6", // robotics engineer
            3, 460, "robotics and autonomous systems",
            [EscoSkill + "e87ec79a-c9ff-46f5-84fa-7a0f394cdf40" /* robotics */, "tescforce:ros2", Cpp, Python],
            [
                "tescforce:ros", "tescforce:sensor-fusion", "tescforce:opencv", "tescforce:simulink", "tescforce:embedded-linux",
                "tescforce:gnc", "tescforce:reinforcement-learning", ComputerVision, Matlab,
                EscoSkill + "7229b6dc-e2ef-44fe-b9a1-06b1c1075d8f", // automatic control system
                EscoSkill + "4ff549c3-daa5-4def-9916-301c7bdf13b8", // control systems
                EscoSkill + "7a950986-27fe-4b6c-adf3-88f211e77019", // robotic components
                EscoSkill + "0f5374e3-0b9b-4b16-af7a-49654ce0bb15", // human-robot collaboration
                EscoSkill + "70a7b3b3-31ef-4b29-a30f-bb7299dff39b", // sensors
                EscoSkill + "6468e5fb-f3be-4025-87be-4b6556755c61", // programmable logic controller
            ],
            [
                new("tescforce:ros2", "ROS 2"), new("tescforce:sensor-fusion", "sensor fusion"), new(ComputerVision, "computer vision"),
                new("tescforce:gnc", "GNC"),
            ],
            ["industry", "aerospace", "space", "automotive", "defence", "health"],
            []),

        new("fpga", ["FPGA design engineer", "electronics hardware engineer"],
            EscoOccupation + "4d34a9ee-2653-4da0-bef7-f59294577224", // electronics engineer
            4, 460, "FPGA and electronic hardware design",
            ["tescforce:hdl", "tescforce:vhdl", "tescforce:vivado", EscoSkill + "95c35c3a-035f-47c2-90cf-7e934d20fc08" /* electronics */],
            [
                "tescforce:verilog", "tescforce:systemverilog", "tescforce:quartus", "tescforce:libero-soc", "tescforce:do-254",
                "tescforce:c-language", Python, Matlab,
                EscoSkill + "61c81161-b732-4c47-aba5-9e554d9a853f", // integrated circuit types
                EscoSkill + "77bf865e-6360-424f-9d77-ce03918c7dcf", // design circuit boards
                EscoSkill + "9ba355be-f119-42b6-a7d6-52f6ce2e4a3f", // design circuits using CAD
                EscoSkill + "52b38e90-3d05-4042-a9e2-d19dec8dd7c1", // test hardware
                EscoSkill + "53456d90-8c0d-4bd2-9f1b-312619b6e2a6", // hardware testing methods
                EscoSkill + "cfa2be0d-96d5-4017-a866-962efb9c5070", // signal processing
                EscoSkill + "7957b5f9-1f33-4ff8-84e9-e258b17882c2", // test microelectronics
                EscoSkill + "feb717ff-fba6-4a91-aa10-ee11cf2da6b4", // design electronic systems
            ],
            [
                new("tescforce:vhdl", "VHDL"), new("tescforce:do-254", "DO-254"), new("tescforce:systemverilog", "SystemVerilog"),
                new(EscoSkill + "cfa2be0d-96d5-4017-a866-962efb9c5070", "signal processing"),
            ],
            ["aerospace", "space", "defence", "telecom", "automotive", "industry"],
            []),

        new("mbse", ["systems engineer", "MBSE systems engineer"],
            EscoOccupation + "e1c72b5f-4c5c-487c-a6df-e84b64a51dae", // ICT system architect (alt label: systems architect)
            6, 490, "systems engineering",
            [
                "tescforce:systems-engineering",
                EscoSkill + "25df422a-bf0a-4f76-8631-d0be91cb8751", // model based system engineering
                "tescforce:requirements-engineering", "tescforce:sysml",
            ],
            [
                "tescforce:arcadia-method", "tescforce:capella", "tescforce:ibm-doors", "tescforce:polarion", "tescforce:v-model",
                "tescforce:arp4754a", "tescforce:arp4761", "tescforce:fmea", "tescforce:dependability-engineering",
                "tescforce:model-based-design", "tescforce:simulink", "tescforce:product-lifecycle-management", IntegrationTesting,
                EscoSkill + "7193cb6d-8334-494f-86e5-21e6d03a47c3", // unified modelling language
                EscoSkill + "cdd8b6b2-2fd9-453c-8d62-8a1dc6efcd49", // systems theory
                EscoSkill + "0f9958d2-f700-4f62-b90b-a5873cb5ae4c", // systems thinking
                EscoSkill + "6fa1c2c0-a012-4ca0-9642-e01569ba322c", // ICT system integration
            ],
            [
                new(EscoSkill + "25df422a-bf0a-4f76-8631-d0be91cb8751", "MBSE"), new("tescforce:capella", "Capella"),
                new("tescforce:sysml", "SysML"), new("tescforce:arp4754a", "ARP4754A"),
                new("tescforce:requirements-engineering", "requirements engineering"),
            ],
            ["aerospace", "space", "defence", "rail", "automotive", "energy"],
            ["INCOSE CSEP", "OMG OCSMP Model Builder"]),

        new("qa", ["QA engineer", "test automation engineer"],
            EscoOccupation + "106f79e4-6264-45f1-9e7a-297435cd684b", // software tester
            6, 400, "software testing and quality",
            [
                EscoSkill + "6a322874-e32f-4cd8-9683-badce67a7f73", // develop automated software tests
                EscoSkill + "7557f0f4-b8bc-4ac0-b91e-222ab1ba744f", // tools for ICT test automation
                EscoSkill + "913e7e83-b8f8-4574-b1ca-1b38f3fd974a", // execute software tests
                "tescforce:selenium",
            ],
            [
                "tescforce:playwright", "tescforce:cypress", "tescforce:cucumber", "tescforce:bdd", "tescforce:jira",
                "tescforce:ci-cd", "tescforce:hil-testing", Python, Java, IntegrationTesting, UnitTesting,
                EscoSkill + "5d74614d-32c8-4ca4-9818-6980e52424b1", // plan software testing
                EscoSkill + "85f46538-ae70-498a-bfbc-b8ddafe96c7d", // levels of software testing
                EscoSkill + "7253d98c-4a6d-4e37-8b6c-accca9f4b639", // develop ICT test suite
                EscoSkill + "ce354460-500e-4eaa-8e95-8f243fcea3db", // manage system testing
                EscoSkill + "78a74fd1-efc6-49dc-adb1-1b0fbe35c22c", // provide software testing documentation
                EscoSkill + "438ff259-d086-4004-acda-1ec3e1631bc6", // software anomalies
            ],
            [
                new("tescforce:selenium", "Selenium"), new("tescforce:playwright", "Playwright"), new("tescforce:cypress", "Cypress"),
                new("tescforce:bdd", "BDD"), new("tescforce:hil-testing", "HIL testing"),
            ],
            ["aerospace", "finance", "automotive", "retail", "public", "telecom"],
            ["ISTQB Foundation", "ISTQB Advanced Test Automation Engineer", "ISTQB Agile Tester"]),

        new("project-management", ["project manager", "product owner", "Scrum master"],
            EscoOccupation + "8b6388a4-4904-471b-9331-d3b1211f5525", // ICT project manager (alt label: scrum master)
            6, 520, "project and product management",
            [
                EscoSkill + "94dd823c-148e-4614-a6e8-99249b16357d", // ICT project management
                EscoSkill + "0a9acb6b-1139-4be9-b431-3a80a959f2f4", // Agile project management
                "tescforce:scrum", "tescforce:jira",
            ],
            [
                "tescforce:scaled-agile-framework", "tescforce:confluence", "tescforce:v-model", "tescforce:requirements-engineering",
                AgileDevelopment, RiskManagement,
                EscoSkill + "bec4359e-cb92-468f-a997-8fb28e32fba9", // ICT project management methodologies
                EscoSkill + "7106b5df-e017-4c28-8c40-98814db5b775", // Prince2 project management
                EscoSkill + "6a876489-7ad8-4a13-b09c-c9b8e97a302e", // Waterfall development
                EscoSkill + "da6393d5-a53c-4863-abc7-51f36281d74e", // lean project management
                EscoSkill + "ca73ac82-867a-4afa-9732-834aebe896ff", // ICT system user requirements
                EscoSkill + "978db6a1-7297-4c89-819a-47605f2c3ba8", // manage software releases
                EscoSkill + "83b33952-3872-46ec-9a2e-b28f91303a7e", // oversee development of software
            ],
            [
                new("tescforce:scaled-agile-framework", "SAFe"), new("tescforce:scrum", "Scrum"),
                new(EscoSkill + "7106b5df-e017-4c28-8c40-98814db5b775", "PRINCE2"), new("tescforce:v-model", "V-model"),
            ],
            ["aerospace", "space", "defence", "finance", "public", "energy"],
            ["PMP", "PRINCE2 Practitioner", "Professional Scrum Master I", "SAFe Agilist", "Professional Scrum Product Owner I"]),
    ];

    /// <summary>Skills almost anyone in the trade lists, whatever the archetype.</summary>
    public static IReadOnlyList<string> GenericSkills { get; } =
        ["tescforce:git", "tescforce:scrum", AgileDevelopment, "tescforce:jira", "tescforce:linux", "tescforce:confluence"];

    public static Archetype ByKey(string key) =>
        All.FirstOrDefault(a => a.Key == key) ?? throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown archetype.");

    /// <summary>Every skill code the demo data refers to, in a stable order, without duplicates.</summary>
    public static IReadOnlyList<string> AllSkillCodes() =>
        All.SelectMany(a => a.AllSkillCodes).Concat(GenericSkills).Distinct(StringComparer.Ordinal).ToList();
}
