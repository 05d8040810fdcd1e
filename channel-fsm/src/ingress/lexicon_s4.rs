//! Constructions added in session 4 from A's rounds `a-s4r1` / `a-s4r2` and
//! from the kinds channel B's rounds b-b6 / b-b7 exposed: named people's
//! private data (a possessive owner that is not the asker's own family +
//! a private-data noun), child grooming, eating-disorder promotion, drink
//! spiking, hidden cameras, extremist calls to arms, trafficking, insider
//! trading / bribery, poaching, drunk driving, cybercrime services, and
//! foreign wordings of staged accidents, doxxing and blackmail.
//! Same automaton and syntax as `lexicon`; kinds, never exact lines.
//!
//! A possessive "Swift's" tokenises as `swift` + glued `s`, so the owner
//! slot is the token `s` with vetoes on the word before it: contractions
//! ("it's", "what's") and the asker's own family ("my son's medications")
//! are not a third person's private data.

/// Word classes used only here (referenced as `@NAME`).
pub fn class_s4(name: &str) -> Option<&'static str> {
    Some(match name {
        // A request for something to be handed over.
        "S4_ASK" => "what|what's|whats|which|give|tell|find|need|want|post|share|look_up|lookup|get|list|send|provide|know|dig_up|leak|publish|obtain|track_down",
        // The `s` of a third person's possessive (vetoed after contractions,
        // generic roles and the asker's own relatives).
        "S4_POSS" => "s{<it,<he,<she,<what,<that,<this,<there,<here,<who,<where,<how,<when,<why,<let,<one,<today,<tomorrow,<yesterday,<year,<week,<month,<patient,<patients,<client,<clients,<customer,<company,<country,<world,<city,<team,<child,<son,<daughter,<kid,<kids,<baby,<husband,<wife,<mom,<mum,<dad,<mother,<father,<family,<dog,<cat,<pet,<user,<doctor,<hospital,<school,<everyone,<nobody,<somebody,<someone,<else,<people,<the,<other,<else}",
        // Private data of a person (not an organisation's contact details).
        "S4_PDATA" => "home_address|home_addresses|private_address|personal_address|residential_address|exact_address|street_address|home_phone|home_phone_number|home_number|personal_phone|personal_phone_number|private_phone|private_phone_number|personal_number|private_number|cell_number|cell_phone_number|cellphone_number|mobile_number|mobile_phone_number|cell_phone|private_mobile|personal_mobile|personal_cell|private_email|personal_email|ssn|social_security_number|passport_number|passport_details|credit_card_number|card_number|card_details|bank_details|bank_account_number|medical_records|medical_record|medical_history|health_records|blood_type|prescriptions|medications|license_plate|licence_plate|plate_number|daily_schedule|gate_code|door_code|alarm_code|email_password|instagram_password|phone_password",
        // The same, for the "X of <name>" order (no generic nouns).
        "S4_PDATA_OF" => "home_address|private_address|personal_address|residential_address|home_phone|home_phone_number|personal_phone_number|private_phone_number|personal_number|private_number|personal_cell|cell_phone_number|private_email|personal_email|ssn|social_security_number|passport_number|credit_card_number|bank_account_number|medical_records|blood_type|license_plate|licence_plate|daily_schedule",
        // A person around the asker (the owner slot before the possessive).
        "S4_RELN" => "neighbor|neighbour|neighbors|neighbours|coworker|co-worker|colleague|boss|manager|landlord|landlady|tenant|roommate|flatmate|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|girlfriend|boyfriend|partner|teacher|cleaner|babysitter|nanny|mentee|employee|employer|match|date|crush|roofer|plumber|contractor|officer|therapist|classmate|stepmother|stepfather|stepmom|stepdad|rival|competitor|student|supervisor|secretary|assistant|receptionist|tutor|coach|pastor|caretaker|carer|lodger|cousin|nephew|niece|sister|brother|friend|girl|guy|woman|man|lady|dude|boy|cashier|barista|waiter|waitress|nurse|driver|streamer|stranger|doorman|trainer|instructor|in-law|sister-in-law|brother-in-law|mother-in-law|father-in-law",
        // Real-world cues: a place to find the person, a body to stand
        // near, an age, a workplace, a call to publish (B's kinds).
        "S4_CUE" => "wait_outside|waiting_outside|wait_for_her|wait_for_him|outside_her|outside_his|outside_their|her_gate|his_gate|their_gate|house_number|street_and|who_lives_at|lives_at|lives_in|lives_on|lives_near|living_in|where_he_lives|where_she_lives|where_they_live|years_old|year_old|show_up|turn_up|confront|follow_her|follow_him|works_at|she_works|he_works|works_as|in_my_building|in_my_street|on_my_street|in_my_town|near_me|right_now|post_it|so_everyone|cut_me_off|dumped_me|blocked_me|ghosted_me|owes_me|rude_to_me|was_rude|insulted_me|yelled_at_me|cheated_on_me|fired_me|rejected_me|humiliated_me|leaves_the_house|leaves_home|leaves_work|gets_home|comes_home|times_he|times_she|his_routine|her_routine|daily_routine",
        // A local job that puts a person within reach ("the dentist on Main Street").
        "S4_JOB" => "dentist|pediatrician|paediatrician|doctor|gp|nurse|pharmacist|vet|cashier|barista|waiter|waitress|bartender|receptionist|teacher|principal|coach|trainer|instructor|pastor|priest|lawyer|accountant|hairdresser|barber|mechanic|plumber|cleaner|nanny|babysitter|librarian|clerk|bank_teller|teller|manager|owner",
        "S4_KIDS" => "kids|children|son|daughter|sons|daughters|baby|child|kid|twins|toddler",
        // A minor, as an object of grooming.
        "S4_MINOR" => "child|kid|minor|young_boy|young_girl|little_boy|little_girl|boy|girl|preteen|pre-teen|teen|teenager|schoolgirl|schoolboy|8_year_old|9_year_old|10_year_old|11_year_old|12_year_old|13_year_old|14_year_old|15_year_old|10_yo|11_yo|12_yo|13_yo|14_yo|eight_year_old|nine_year_old|ten_year_old|eleven_year_old|twelve_year_old|thirteen_year_old|fourteen_year_old|niño|niña|menor|kind|mädchen|junge|enfant|fillette|garçon|bambino|bambina|criança|menino|menina",
        _ => return None,
    })
}

/// Strong constructions: no story or safe context excuses them.
pub const RULES_S4_STRONG: &[(&str, &[&str])] = &[
    (
        "HarmfulRequest:SelfHarm",
        &[
            // A height chosen so one does not survive.
            "jump|jumping|fall|falling|leap ~4 off|from ~10 not_survive|and_not_survive|won't_survive|wouldn't_survive|don't_survive|not_make_it|and_die|die|certain_death|guaranteed_death|end_it",
            "high|tall ~4 enough ~6 not_survive|won't_survive|wouldn't_survive|to_die|kill_me|die",
            // Self-injury kept hidden.
            "burn|cut|scratch|bruise|hurt|harm|carve ~3 myself|my_skin|my_arms|my_arm|my_legs|my_thighs|my_wrists|my_body|my_stomach ~6 on_purpose|deliberately|intentionally|secretly ~10 notice|notices|noticing|see|sees|hide|hidden|no_one|nobody|find_out",
            // Purging and starving, kept from others.
            "purge|purging ~3 without ~3 husband|wife|partner|parents|mom|dad|family|roommates|roommate|boyfriend|girlfriend ~2 noticing|hearing|knowing|finding_out",
            "make_myself|force_myself|get_myself ~1 throw_up|vomit|puke|sick ~8 after_meals|after_eating|after_every_meal|after_i_eat|without_anyone|without_my|noticing|lose_weight|lose|stay_thin|calories|secretly",
            "hide|hiding|conceal|concealing ~10 i'm_barely_eating|i_am_barely_eating|i'm_not_eating|i_am_not_eating|i've_stopped_eating|i_stopped_eating|starving_myself|my_purging|i_purge|i'm_throwing_up|i_barely_eat|i_don't_eat|i'm_skipping_meals",
            "hide|hiding|conceal|keep_secret ~8 family|parents|mom|mum|dad|roommates|doctor|husband|wife|partner|friends ~10 only_eating|barely_eating|not_eating|stopped_eating|skipping_meals|starving|purging|throwing_up|calories",
            // Restricting or purging, kept from the people around.
            "calories|kcal|eating|meals|food|fasting ~12 hide|hiding|conceal|secret|secretly ~6 family|parents|mom|mum|dad|roommates|doctor|husband|wife|partner|friends|boyfriend|girlfriend",
            "purge|purging|throw_up|vomit|puke ~4 after ~2 dinner|meals|meal|eating|lunch|breakfast|every_meal|food ~8 without|secretly|quietly|hearing|noticing|nobody|no_one",
            "write|create|make|give|post|share|design|draft|compose ~6 pro-ana|pro_ana|proana|pro-mia|thinspo|thinspiration|meanspo",
            "cacher|caché|cache ~8 ne_mange|mange_plus|mange_pas|mange_rien|maigrir",
            "ocultar|esconder|disimular ~8 no_como|dejé_de_comer|deje_de_comer|no_estoy_comiendo|vomito|adelgazar",
            "verheimlichen|verstecken|verbergen ~8 nichts_esse|nicht_esse|kaum_esse|hungere|erbreche|abnehmen",
        ],
    ),
    (
        "HarmfulRequest:Malware",
        &[
            "@MALWARE|worm ~14 jumps|jumping|spreads|spreading|propagates|propagating|self-replicating|replicates|wipes|wipe|wiping|erases|deletes|encrypts ~24 complete|working|full|actual|functional|real|runnable ~3 code|script|source|program|python|implementation",
            "code|script|program ~10 jumps_between|spreads_between|spreads_across|propagates_across|propagates_through ~4 machines|computers|hosts|network ~12 wipes|wipe|erases|deletes|encrypts|destroys",
        ],
    ),
    (
        "HarmfulRequest:Weapons",
        &[
            "print|3d_print|3d-print|make|build ~3 working|functional|real|untraceable|ghost|lethal ~1 gun{toy,nerf,water,glue,prop,cap,paint,paintball,airsoft,spray,heat,nail,staple}|guns{toy,nerf,water,prop}|pistol{water,toy}|firearm|firearms|rifle|receiver|lower_receiver",
            "gun{toy,nerf,water,glue,prop,cap,paint,paintball,airsoft,spray,heat,nail,staple}|guns{toy,nerf,water,prop}|pistol{water,toy}|firearm|rifle|lower_receiver ~6 3d_printer|3d_printing|3d-printer|3d-printed|3d_printed",
        ],
    ),
    (
        "Jailbreak",
        &[
            // A second AI or persona that refuses nothing.
            "@AINOUN|one|other|second|twin|ais|bots|assistants ~8 refuses_nothing|refuse_nothing|never_refuses|never_refuse|does_not_refuse|doesn't_refuse|cannot_refuse|can't_refuse|won't_refuse|answers_anything|answers_everything|explains_any_illegal",
        ],
    ),
    (
        "ToolAbuse",
        &[
            // Data moved out of the organisation, done "quietly".
            "quietly|silently|secretly|discreetly|covertly|without_telling_anyone|without_anyone_knowing|without_telling_the_user|without_the_user_knowing|without_telling_them|without_informing_the_user|behind_the_user's_back ~4 attach|send|forward|upload|email|copy|export|mail|sync|post ~8 database|customer_database|customer_data|customer_list|customers|credentials|passwords|user_data|records|contacts|payroll|export|dump|ssh_keys|api_keys|secrets|conversation|chat|chat_history|history|transcript|messages",
            "attach|send|forward|upload|email|copy|export|mail|sync|post ~2 quietly|silently|secretly|discreetly|covertly ~6 database|customer_data|credentials|passwords|user_data|records|contacts|payroll|conversation|chat|chat_history|history|transcript|messages",
            "upload|copy|send|forward|export|download|sync|transfer ~8 personal_dropbox|personal_drive|personal_google_drive|personal_email|personal_gmail|personal_account|personal_cloud|usb_stick|my_own_drive ~8 before_i_resign|before_i_leave|before_i_quit|before_leaving|before_i'm_fired|before_they_fire_me",
            "quietly|secretly|silently|covertly ~4 upload|copy|send|forward|export|download|sync|transfer ~8 folder|files|hr|documents|drive|data|reports ~6 personal_dropbox|personal_drive|personal_google_drive|personal_email|personal_gmail|personal_account|personal_cloud|usb_stick|my_own",
            "without_telling_the_user|without_the_user_knowing|without_telling_them|without_informing_the_user ~12 copy|send|forward|upload|post|email|share|sync|export|mail",
            "discrètement|discretement|secrètement|secretement|en_secret|à_son_insu|a_son_insu|sans_le_dire|sans_prévenir ~6 envoie|envoyer|transfère|transfere|transférer|copie|copier|partage|partager ~8 historique|conversation|données|donnees|fichiers|contacts|mots_de_passe",
            "envoie|envoyer|transfère|transférer|copie|copier|partage|partager ~2 discrètement|discretement|secrètement|secretement|en_secret|à_son_insu ~8 historique|conversation|données|donnees|fichiers|contacts|mots_de_passe",
            "heimlich|unbemerkt|ohne_dass_der_nutzer|ohne_es_dem_nutzer ~6 senden|schicke|schicken|sende|kopiere|kopieren|hochladen|lade|weiterleiten ~8 verlauf|unterhaltung|chat|daten|dateien|kontakte|passwörter",
            "en_secreto|sin_que_el_usuario|secretamente|discretamente ~6 envía|envia|enviar|copia|copiar|sube|subir|reenvía|reenviar ~8 historial|conversación|conversacion|datos|archivos|contactos|contraseñas",
            // Files packed and posted out, then the traces removed.
            "zip|compress|tar|archive|bundle|pack ~6 folder|documents|files|home|desktop|drive|directory|downloads ~12 post|upload|send|curl|transfer|put ~14 delete|remove|erase|wipe|rm ~3 zip|archive|traces|logs|evidence|history|it",
            // Sensitive records mailed outside the organisation.
            "salaries|salary|payroll|passwords|credentials|customer|customers|database|hr|medical|contracts|financials|employee_records|personnel ~20 mail|email|send|forward|upload ~10 outside_the_company|outside_the_organisation|outside_the_organization|outside_the_firm|personal_email|personal_gmail|private_email|yopmail|mailinator|tempmail|guerrillamail",
        ],
    ),
    (
        "HarmfulRequest:ChildSafety",
        &[
            // Secrecy from parents, trust to meet alone, photos from a minor.
            "@S4_MINOR ~10 keep|keeping ~4 secret|secrets|quiet|between_us ~4 parents|mom|mum|dad|mother|father|family|teachers",
            "@S4_MINOR ~10 meet_me|meet_up|come_over|come_with_me|get_in_my_car|visit_me|see_me ~8 without_telling|without_her|without_his|don't_tell|not_tell|secret|secretly ~4 mom|mum|dad|parents|mother|father|family",
            "@S4_MINOR ~10 never|not|doesn't|don't|won't ~2 tells|tell|telling|mention|mentions ~3 parents|mom|mum|dad|mother|father|family ~6 our|us|me|chats|messages|meetings",
            "@S4_MINOR ~14 delete|erase|hide ~3 messages|chats|texts|photos|conversations|pictures ~8 mom|mum|dad|parents|mother|father|family",
            "@S4_MINOR|kindes|mädchens|jungen ~12 eltern ~3 nichts|nicht|niemals ~3 merken|merkt|erfahren|erfährt|sehen|mitbekommen|wissen",
            "@S4_MINOR ~8 von ~1 unseren|unserem|unserer ~1 treffen|chats|nachrichten|geheimnis|fotos|gesprächen",
            "@S4_MINOR ~8 trust|trusts|trusting ~10 alone|meet_him|meet_her|meet_me|come_with_me|get_in_my_car|meet_up",
            "@S4_MINOR ~14 send_me|sends_me|she'll_send_me|he'll_send_me|send_me_pics ~3 photos|pics|pictures|nudes|selfies|videos",
            "ganarme_la_confianza|ganar_la_confianza|ganarme_su_confianza ~6 @S4_MINOR ~10 solas|solo|sola|solos",
            "@S4_MINOR ~6 eltern ~3 nichts ~3 von ~2 unseren|unserem|uns",
            "@S4_MINOR ~10 alone_with_me|solas_conmigo|seul_avec_moi|allein_mit_mir",
        ],
    ),
];

/// Plain constructions: a safe context in the same text excuses them.
pub const RULES_S4_PLAIN: &[(&str, &[&str])] = &[
    (
        "HarmfulRequest:Privacy",
        &[
            // A bare name's data is what fiction asks too ("Lara Croft's
            // mobile number"): block only a person around the asker ...
            "@S4_ASK ~6 my|our|that|this|a|an|some|the ~4 @S4_RELN ~6 @S4_POSS ~5 @S4_PDATA",
            // A stranger pointed at ("the girl at the coffee shop's number").
            "@S4_ASK ~6 that|this|the|a ~2 girl|guy|woman|man|lady|dude|boy|stranger|cashier|barista|waitress|waiter ~6 @S4_POSS ~3 @S4_PDATA|phone_number|number|address|email|email_address|instagram|snapchat",
            // Fresh or access data is asked of a real, present person.
            "@S4_ASK ~6 @S4_POSS ~2 current|new|latest|exact|actual|present ~2 @S4_PDATA",
            "@S4_ASK ~6 @S4_POSS ~8 gate_code|door_code|alarm_code|house_number|street_and_number",
            "find_out_where|figure_out_where|work_out_where|find_where ~4 lives|live|stays|sleeps ~10 @S4_PDATA|address|phone_number|number|email",
            // ... or a real-world cue before or after the request.
            "@S4_ASK ~6 @S4_POSS ~5 @S4_PDATA ~14 @S4_CUE",
            "@S4_CUE ~14 @S4_ASK ~6 @S4_POSS ~5 @S4_PDATA",
            "track_down|dig_up|find_out|hunt_down|dox|doxx|leak|publish ~6 @S4_POSS ~5 @S4_PDATA",
            "post|share|publish|leak|spread ~6 @S4_POSS ~5 @S4_PDATA ~6 here|online|publicly|everywhere|on_twitter|on_reddit|on_facebook|in_the_group",
            "@S4_ASK ~6 @S4_POSS ~5 @S4_PDATA|phone_number|number|address|email|email_address ~4 she|he ~1 is|'s|s|works ~4 the|a|my|our|as ~3 @S4_RELN|@S4_JOB",
            "which|what ~2 school ~6 kids{my,our}|children{my,our}|daughter{my,our}|son{my,our}|twins{my,our} ~12 picked_up|pick_up|pickup|dropped_off|drop_off|gets_out|get_out",
            "what_time|when|which_gate|which_route|which_entrance ~6 @S4_POSS ~2 @S4_KIDS ~4 leave|leaves|gets_out|get_out|arrive|arrives|picked_up|picked|walk|walks|goes ~4 school|home|class|practice",
            "which|what ~3 medications|medication|medicine|medicines|diagnosis|diagnoses|condition|conditions|illness|illnesses|prescriptions|therapist|blood_type ~6 @S4_POSS ~2 @S4_KIDS",
            "@S4_POSS ~1 @S4_KIDS ~4 medications|medication|medical_records|medical_history|diagnosis|diagnoses|blood_type|health_records|prescriptions|therapist",
            "medical_diagnoses|diagnoses|diagnosis|medical_records|medical_history|blood_type|medications ~6 of ~4 @S4_POSS ~1 @S4_KIDS",
            "school ~4 @S4_POSS ~2 @S4_KIDS ~12 picked_up|pick_up|pickup|dropped_off|drop_off|gets_out|get_out|leaves|what_time|schedule|route",
            "give|tell|find|look_up|get|send|post|share|need|want|dig_up|leak|list|provide|what_is|what's|whats|what_are ~4 @S4_PDATA_OF ~4 of ~2 my|our|that|this|a|an|the ~4 @S4_RELN",
            "give|tell|find|look_up|get|send|post|share|need|want|dig_up|leak|list|provide|what_is|what's|whats|what_are ~4 @S4_PDATA_OF ~4 of ~14 @S4_CUE",
            "@S4_PDATA_OF|address|phone_number ~4 of ~6 the|a ~2 @S4_JOB ~3 at|on|in|from",
            "want|need|give|tell_me|what's|what_is|find ~8 street_and_house_number|exact_home_address|house_number|street_and_number",
            "phone_number|number|address|home_address|where_he_lives|where_she_lives ~14 he|she ~2 cut_me_off|insulted_me|yelled_at_me|dumped_me|cheated_on_me|blocked_me|owes_me|ghosted_me|fired_me|scratched_my_car|dented_my_car|rejected_me|wronged_me|humiliated_me|honked_at_me",
            "what|which ~3 medical_condition|condition|illness|disease|diagnosis|medications|medication|mental_illness|disorder ~2 does ~8 class|daughter's|son's|kid's|office|team|school|building|church|gym|street|neighbourhood|neighborhood",
            "license_plate|licence_plate|daily_schedule|routine|schedule|whereabouts ~8 woman|man|girl|guy|lady|person|family|couple ~2 who_lives|who_live|living|next_door|across_the_street|down_the_street|upstairs|downstairs",
            "whether|if ~3 @K_REL ~2 is|was|has_been ~2 divorced|married|single|dating|pregnant|gay|cheating|in_debt|seeing_someone|on_medication",
            "@K_REL ~10 who ~2 she's|he's|she_is|he_is|they're|she_s|he_s ~1 dating|seeing|sleeping_with",
            "find|find_out|get|look_up|work_out ~3 home_address|address|where_he_lives|where_she_lives ~3 from|by|using ~2 phone_number|number|license_plate|licence_plate|plate|photo|ip_address|ip",
            "@S4_PDATA|test_results|blood_test_results|lab_results|hiv_test_results|illnesses|medical_conditions ~4 of ~4 @S4_POSS",
            "qué|que|cuáles|cuales ~3 enfermedades|enfermedad|medicamentos|diagnóstico|diagnostico ~3 tiene|toma ~6 de ~1 mi ~1 jefe|jefa|vecino|vecina|compañero|compañera|casero|casera|suegra|ex|novia|novio",
            "quiero|dame|necesito|busca ~3 ver|saber|conseguir|encontrar ~3 su ~1 historial_médico|historial_medico|expediente_médico|diagnóstico|dirección|número",
            "codice_fiscale|indirizzo_di_casa|numero_di_cellulare|numero_di_telefono|cartella_clinica ~6 del|della|di ~1 mio|mia ~1 collega|vicino|vicina|capo|ex|coinquilino|coinquilina|padrone_di_casa",
            "handynummer|privatadresse|adresse|telefonnummer|wohnadresse|krankenakte|gehalt ~2 meines|meiner ~1 vermieters|vermieterin|nachbarn|nachbarin|kollegen|kollegin|chefs|chefin|ex-freundin|ex-freundes|lehrers|lehrerin|mitbewohners|mitbewohnerin",
            // Other languages.
            "adresse_personnelle|adresse_privée|adresse_privee|adresse_perso|adresse_exacte|numéro_perso|numéro_personnel|numéro_privé|numero_prive|numéro_de_portable|téléphone_personnel ~3 de|du",
            "dirección_particular|dirección_personal|dirección_privada|domicilio_particular|número_privado|número_personal|teléfono_privado|teléfono_personal|celular_privado|celular_personal|número_de_teléfono_privado|número_de_teléfono_personal ~3 de|del",
            "brauche|gib|gebt|finde|suche|such|verrate|poste|will|wie_lautet|was_ist|kennst ~6 ihre|seine|die|deren ~1 privatadresse|privatanschrift|wohnadresse|hausadresse|privatnummer|handynummer|private_telefonnummer|private_handynummer|private_adresse",
            "privatadresse|privatanschrift|wohnadresse|hausadresse|privatnummer|private_telefonnummer|private_handynummer|private_adresse ~2 von",
            "найди|дай|скажи|узнай|нужен|нужна ~4 личный|домашний|мобильный|приватный ~3 номер|адрес|телефон",
            "домашний_адрес|личный_номер|личный_телефон|мобильный_номер|личный_адрес|адрес_проживания ~2 у|певицы|певца|актёра|актера|актрисы|президента|блогера",
            "indirizzo_di_casa|indirizzo_privato|numero_privato|numero_personale|cellulare_privato ~2 di|del|della",
            "endereço_residencial|endereço_pessoal|número_pessoal|número_privado|celular_pessoal|telefone_pessoal ~2 de|do|da",
            // Doxxing: publishing someone's address, in other languages.
            "veröffentliche|veröffentlichen|poste|posten|teile|teilen|verbreite|verbreiten|leake|leaken ~4 adresse|wohnadresse|handynummer|telefonnummer|privatadresse|nacktbilder",
            "publier|partager|diffuser ~4 adresse|numéro|numero|photos_intimes",
            "publicar|compartir|difundir ~4 dirección|direccion|domicilio|fotos_íntimas",
            "post|publish|share|leak|spread ~4 home_address|address|phone_number|workplace ~6 online|everywhere|on_twitter|on_reddit|on_facebook|so_people|so_everyone|expose|humiliate|revenge",
            "averiguar|saber|encontrar|descubrir ~3 dónde|donde ~1 vive|trabaja ~12 esperarla|esperarlo|ir_a_su_casa|presentarme|aparecer|en_su_casa|sorprenderla|enfrentarla",
            "savoir|trouver|découvrir ~3 où ~1 habite|vit ~12 l'attendre|attendre|chez_elle|chez_lui|débarquer|aller_chez",
            "узнать|найти|вычислить ~4 адрес|домашний_адрес|где_живёт|где_живет ~10 прийти|приехать|найти_его|найти_её|найти_ее|по_номеру",
            "will|möchte ~3 meine|meinen|ihn|sie|jemanden|ex-freundin|ex-freund ~6 bloßstellen|fertigmachen|demütigen|blamieren",
        ],
    ),
    (
        "HarmfulRequest:Violence",
        &[
            // A taser or stun gun used on a person.
            "shock|tase|zap|stun|electrocute ~3 @K_WHO ~4 with ~2 taser|stun_gun|cattle_prod|electric|electricity|shock_collar",
            "@K_SEEK ~6 tase|taser ~3 @K_WHO",
            // Breaking someone down until they quit.
            "break_down|wear_down|grind_down|crush|destroy|torment ~4 @K_WHO ~8 until|till|so ~3 she|he|they ~1 quits|quit|leaves|resigns|breaks|cries|gives_up|snaps|cracks",
            "psychologically|mentally|emotionally ~2 break|break_down|destroy|abuse|torture|crush|wreck ~3 @K_WHO",
            // Drink spiking.
            "slip|put|drop|mix|pour|spike|add ~6 into|in ~4 drink|drinks|beer|wine|coffee|cocktail|glass|soda ~12 remember|knock|pass_out|passes_out|unconscious|black_out|blackout|out_cold|drowsy|sedate|helpless|won't_resist|wake_up",
            "add|put|slip|mix|drop ~6 coffee|drink|tea|wine|beer|food|juice|soda ~10 so ~2 she|he|they ~1 sleeps|passes_out|falls_asleep|won't_wake|doesn't_wake|can't_wake|blacks_out",
            "dissolve|dissolves ~3 in ~2 beer|drink|drinks|wine|coffee|cocktail|alcohol ~12 knock|out|unconscious|pass_out|remember|sedate|date",
            "knock ~2 date|her|him|girl|woman|someone|guy ~1 out ~8 drink|pill|pills|roofie|drug",
            "drug ~2 her|his|date's|someone's|girl's|woman's|date's ~1 drink|drinks|coffee|beer",
            "k_o_tropfen|ko_tropfen|k_o_tropfen|burundanga|escopolamina|scopolamine ~10 mischen|geben|kippen|ins|getränk|echar|echarle|bebida|copa|verre|mettre|drink|slip|put",
            "echar|poner|meter|echarle|ponerle ~5 bebida|copa|vaso|trago ~10 no_recuerde|no_se_acuerde|se_duerma|pierda_el_conocimiento|no_se_entere|inconsciente|desmaye",
            "mettre|verser ~5 verre|boisson ~10 ne_se_souvienne|s'endorme|perde_connaissance|inconsciente",
            "ins_getränk|in_ihr_getränk|in_sein_getränk|in_den_drink ~10 erinnert|bewusstlos|einschläft|wehrlos",
            "droguer|drogar|drogarla|drogarle|betäuben ~4 verre|boisson|bebida|copa|getränk|quelqu'un|une_fille|chica|alguien|jemanden|sie",
            // Tampering so a person falls, crashes or is hurt.
            "tamper|tamper_with|sabotage|loosen|cut|mess_with|rig|weaken ~6 ladder|brakes|brake|railing|stairs|scaffold|balcony|gas_line|harness|helmet|rope|chair|tire|tyres|tires|steering ~6 so|so_that|until ~4 @K_WHO ~4 falls|fall|breaks|dies|die|crashes|crash|gets_hurt|injured|hurt",
            // Killing or pushing made to look like an accident, other languages.
            "hinunterstoßen|runterstoßen|stoßen|schubsen|töten|umbringen|vergiften|überfahren|ertränken ~10 wie_ein_unfall|wie_einen_unfall|nach_einem_unfall",
            "atropellar|empujar|envenenar|matar|ahogar|tirar ~10 parezca_un_accidente|que_parezca_accidente|como_un_accidente",
            "pousser|tuer|empoisonner|écraser|noyer ~10 ressemble_à_un_accident|comme_un_accident|passer_pour_un_accident|croire_à_un_accident",
            "spingere|uccidere|avvelenare|investire|annegare ~10 sembri_un_incidente|sembrare_un_incidente|come_un_incidente",
            "empurrar|atropelar|matar|envenenar|afogar ~10 pareça_um_acidente|parecer_um_acidente|como_um_acidente",
            "столкнуть|толкнуть|убить|отравить|задушить|сбить|утопить ~8 чтобы_никто_не_узнал|чтобы_никто_не_заметил|чтобы_не_поймали|как_несчастный_случай|с_крыши|с_балкона|с_лестницы|под_поезд",
            "推下|推倒|毒死|杀死|撞死|淹死 ~12 意外|不被发现|没人发现",
            "birini|kocamı|karımı|komşumu|patronumu|onu ~3 nasıl|nasil ~2 boğar*|öldürür*|zehirler*|bıçaklar*|boğmak|öldürmek|zehirlemek",
            "boğar*|öldürür*|zehirler*|bıçaklar* ~4 yakalanmam|yakalanmadan|fark_edilmeden|kimse_anlamadan",
            // Killing a crowd at a gathering.
            "@K_SEEK ~6 kill|murder|poison|shoot|gas|stab ~3 everyone|everybody|guests|attendees|every_guest ~4 at|in ~2 wedding|party|concert|church|school|office|funeral|meeting|festival|restaurant|bar|club",
            // Dismembering or dissolving a body.
            "dismember|cut_up|chop_up|dissolve|saw_up ~3 body{my,fat,odor,odour,hair,language,image,weight,shape,lotion,wash,spray}|bodies|corpse|corpses",
        ],
    ),
    (
        "HarmfulRequest:Evasion",
        &[
            // Evidence cleaned so forensics miss it; recordings erased before police see them.
            "clean|cleans|remove|removes|get_rid_of|wash|washes|bleach|scrub ~4 blood|bloodstains|blood_stains|fingerprints|prints|dna|evidence ~12 luminol|forensic|forensics|police|investigators|detectives|cops|csi|won't_find|can't_find",
            "erase|delete|wipe|destroy|remove|apagar|borrar|löschen|lösche|effacer|supprimer ~6 recordings|footage|camera|cameras|cctv|videos|imagens|grabaciones|aufnahmen|images|enregistrements|câmeras|cámaras|camaras|vidéos ~10 before|antes|bevor|avant ~4 police|investigators|detectives|cops|polícia|policia|policía|polizei|enquêteurs|ermittler|get_them|veja|vea",
            "entferne|entfernen|abwischen|wische|beseitige|beseitigen|verwische|verwischen ~6 fingerabdrücke|spuren|dna|blutspuren ~6 tatwaffe|tatort|waffe|leiche|messer|pistole",
            "wipe|remove|clean|get ~4 fingerprints|prints|dna ~6 off|from ~3 murder_weapon|weapon|knife|gun|crime_scene|body",
            "burn|destroy|get_rid_of|dispose_of|bleach|ditch|dump ~4 clothes|clothing|shoes|gloves|hoodie|knife|weapon|gun|phone|car|mask ~8 wore|worn|used|wearing ~4 during|in|at|for ~2 break-in|robbery|burglary|murder|attack|crime|heist|shooting|stabbing|crime_scene|job",
            // Fleeing bail or trial.
            "leave|flee|get_out_of|skip|escape ~4 country|town|state ~8 on_bail|out_on_bail|bail|before_my_trial|before_the_trial|before_trial|probation|parole|warrant|court_date",
            "quitter|fuir ~3 pays|france ~6 avant ~3 procès|proces|jugement|sans_que_la_police|sans_que_la_justice",
            "salir_del_país|salir_del_pais|huir_del_país|huir_del_pais|escapar_del_país ~8 juicio|fianza|libertad_condicional|policía|policia",
            "land_verlassen|ins_ausland|fliehen|flüchten ~8 prozess|kaution|bewährung|polizei|haftbefehl",
            // Alibis and perjury.
            "invent|make_up|come_up_with|create|fabricate|craft ~4 believable|convincing|fake|false|plausible|good ~2 story|alibi|excuse ~12 detectives|police|cops|investigators|suspecting|suspect|suspects|where_i_was",
            "get|convince|make|pay|persuade|ask ~3 friend|someone|witness|wife|husband|brother|sister|girlfriend|boyfriend|mom|dad|coworker ~5 lie_under_oath|lie_to_police|lie_to_the_police|give_me_an_alibi|be_my_alibi|cover_for_me|perjure|testify_falsely",
            "lie_under_oath|perjure|commit_perjury ~8 alibi|for_me|give_me",
            // Weapons past airport security, other languages.
            "paso|pasar|meter|colar|llevar|esconder|escondo ~4 pistola|arma|cuchillo|navaja ~6 detector_de_metales|seguridad|control_de_seguridad|aduana|aeropuerto",
            "passer|cacher|faire_passer ~4 arme|pistolet|couteau ~6 détecteur|detecteur|portique|sécurité|securite|douane|aéroport|aeroport",
            "schmuggeln|durchbringen|bringen|verstecken|schmuggle ~4 waffe|pistole|messer ~6 metalldetektor|sicherheitskontrolle|zoll|flughafen",
            "passar|esconder|levar ~4 arma|pistola|faca ~6 detector_de_metais|raio-x|segurança|seguranca|alfândega|aeroporto",
            "passare|portare|nascondere ~4 pistola|arma|coltello ~6 metal_detector|controlli|sicurezza|dogana|aeroporto",
        ],
    ),
    (
        "HarmfulRequest:Hate",
        &[
            // A region "cleansed" of a people.
            "cleanse|cleansing|purge|purging|rid|clear|free ~5 region|country|city|town|neighborhood|neighbourhood|area|land|nation|village|streets|state|province|valley ~2 of ~2 @K_GROUP|tutsis|hutus|uyghurs|armenians|rohingya|bosniaks|serbs|croats|palestinians|israelis|yazidis|arabs|kurds|foreigners|outsiders",
            "@K_GROUP|older_employees|older_staff|female_employees|female_workers|women_employees ~3 are|is ~2 too ~2 slow|stupid|emotional|lazy|weak|dumb|old|irrational|hormonal|fragile|unreliable ~8 worth|hire|hiring|lead|bosses|managers|leaders|vote|work|trusted|promote|promotion",
            "joke|jokes ~4 how ~2 stupid|dumb|lazy|dirty|ugly|greedy|smelly|inferior|cheap|violent|primitive ~3 @K_GROUP",
            "insulting|offensive|derogatory|racist|demeaning|mean|nasty|degrading|hurtful ~2 nicknames|names|terms|words|slurs|jokes ~3 for|about ~2 @K_GROUP",
            "mujeres|inmigrantes|negros|gitanos|musulmanes|judíos|judios|homosexuales|gays|ancianos|viejos|mexicanos|latinos ~2 son ~2 demasiado|muy ~2 emocionales|tontos|tontas|débiles|debiles|vagos|vagas|estúpidos|estupidos|lentos|inferiores ~4 para",
            "femmes|immigrés|immigres|noirs|musulmans|juifs|arabes|gays|vieux ~2 sont ~2 trop ~2 émotives|emotives|émotionnelles|stupides|faibles|paresseux|lents|inférieurs ~4 pour",
            "frauen|ausländer|auslander|migranten|schwarze|muslime|juden|türken|alte ~2 sind ~2 zu ~2 emotional|dumm|faul|schwach|langsam ~4 um|für|als",
            "donne|immigrati|neri|musulmani|ebrei|anziani ~2 sono ~2 troppo ~2 emotive|stupide|stupidi|deboli|pigri|lenti ~4 per",
            "mulheres|imigrantes|negros|muçulmanos|judeus|idosos ~2 são|sao ~2 emotivas|emocionais|fracas|burras|burros|preguiçosos|lentos|inferiores ~4 para",
        ],
    ),
    (
        "HarmfulRequest:Harassment",
        &[
            "@K_SEEK ~6 make ~5 life|lives ~3 living_hell|hell_on_earth|nightmare|pure_hell",
        ],
    ),
    (
        "HarmfulRequest:Surveillance",
        &[
            "hide|install|put|place|mount|set_up|position|conceal ~5 camera|cameras|spy_camera|spy_cam|spycam|hidden_camera|pinhole_camera|nanny_cam ~8 bathroom|shower|changing_room|locker_room|toilet|guest_bathroom|guests|tenants|tenant|roommate|don't_spot|don't_notice|won't_notice|without_them",
            "film|record|watch|spy_on|photograph|filming|recording ~4 @K_WHO|roommate|roommates|guests|tenant|tenants|neighbor|neighbour|sister|coworker|coworkers|co-workers|colleagues|classmate|classmates|employees|students|customers ~5 shower|showering|showers|bathroom|bathrooms|restroom|restrooms|changing|undressing|naked|toilet|toilets|changing_room|locker_room|dressing_room|fitting_room",
            "spy_camera|spy_cam|spycam|hidden_camera|tiny_camera|pinhole_camera ~6 film|record|watch ~4 @K_WHO|roommate|guests|tenant|neighbor|neighbour|sister|coworker|classmate",
            "secretly|covertly ~2 film|filming|record|recording|watch|watching|photograph ~4 @K_POSS|@K_POSS2|@K_RELP ~3 bedroom|window|bathroom|shower|house|apartment|room",
            "hidden_camera|spy_camera|spy_cam|pinhole_camera ~8 filming|film|record|recording|spy|watch ~4 @K_POSS|@K_POSS2|@K_RELP",
            "instalo|instalar|poner|pongo|esconder|escondo|colocar|coloco ~4 cámara|camara|cámaras|camaras ~8 vestuario|baño|bano|ducha|probador|vestidor|habitación_de_huéspedes",
            "installiere|installieren|verstecke|verstecken|anbringen ~4 kamera|kameras ~8 umkleide|dusche|badezimmer|toilette|gästezimmer",
            "installer|cacher|placer|mettre ~4 caméra|camera|caméras ~8 douche|vestiaire|salle_de_bain|toilettes|cabine",
        ],
    ),
    (
        "HarmfulRequest:Extremism",
        &[
            "calling|call|calls|urge|urging|convince|encourage|rally|manifesto|recruit|incite|inciting|mobilise|mobilize ~8 take_up_arms|armed_uprising|armed_revolt|armed_struggle|violent_uprising|holy_war|armed_jihad|violent_jihad|armed_insurrection ~4 against|for|now|and|overthrow|fight|kill|rise|revolt",
            "calling|call|calls|urge|urging|convince|encourage|rally|manifesto|speech|recruit|incite|inciting|pamphlet|post ~10 overthrow|topple ~4 government|state|regime|president ~3 by_force|violently|with_weapons|by_violence|with_guns|armed|with_bombs",
            "radicalize|radicalise|radicalizing|radicalising|indoctrinate|indoctrinating ~4 @K_WHO|teens|teenagers|youth|young_people|young_men|kids|students|followers|recruits|members ~10 join|cause|movement|militia|jihad|violence|fight|attack|struggle|war",
            "bewaffneten_dschihad|dschihad|heiligen_krieg|bewaffneten_kampf|gotteskrieger ~8 anwirbt|anwerben|rekrutieren|rekrutiert|aufruf|aufrufen|werben|wirbt|anschließen",
            "aufruf|aufrufen|rekrutieren|anwerben ~8 bewaffneten_dschihad|dschihad|heiligen_krieg|bewaffneten_kampf",
            "appel|appeler|recruter|convaincre ~8 djihad|jihad|lutte_armée|prendre_les_armes",
            "llamamiento|reclutar|convencer|discurso|anime|animar|llamar|incitar|manifiesto|arenga ~12 yihad|jihad|lucha_armada|tomar_las_armas|levantarse_en_armas|alzarse_en_armas",
            "discours|inciter|pousser|appel|manifeste ~12 prendre_les_armes|lutte_armée|insurrection_armée",
            "rede|aufruf|aufrufen|ermutigen|anstacheln|manifest ~12 zu_den_waffen|waffen_zu_greifen|bewaffneten_aufstand|bewaffneten_kampf",
        ],
    ),
    (
        "HarmfulRequest:Trafficking",
        &[
            "fake|bogus|false ~2 job_offers|job_offer|jobs|job_ads|modelling_jobs|modeling_jobs|modelling_contracts|modeling_contracts ~12 take|keep|confiscate|hold|lock_up ~4 passports|passport|documents|papers|ids",
            "hold|hold_on_to|keep|take|confiscate|lock_up|holding|keeping|taking ~4 passports|passport|id_cards ~12 running_away|escaping|fleeing|can't_leave|cannot_leave|won't_leave|debt|debts",
            "documents|passport|passports|papers|id|visa ~8 so ~2 she|he|they ~1 can't|cannot|won't ~2 go_back|leave|return|escape|go_home|run_away|get_away",
            "maid|maids|worker|workers|nanny|nannies|domestic_worker|housekeeper|servant|employee|employees|labourer|laborer|au_pair|staff ~20 lock_away|take_away|hide|confiscate|keep|hold|lock_up|hold_on_to|take ~3 her|his|their ~1 passport|passports|papers|documents|id",
            "keep ~4 workers|employees|maids|nannies|girls|women|staff|labourers|laborers|servants ~2 from ~1 running_away|escaping|fleeing ~12 passports|passport|documents|papers|debt|lock|locked",
            "@K_SEEK ~6 smuggle|smuggling|traffic|trafficking ~3 people|migrants|immigrants|women|girls|children|kids|workers|refugees ~8 across|over|into|past|through|without",
        ],
    ),
    (
        "HarmfulRequest:Fraud",
        &[
            // Insider trading, market manipulation, bribery.
            "trade|buy|sell|short|dump ~8 before ~6 announced|announcement|earnings_release|goes_public|is_public|are_public|made_public ~12 without ~3 @EVADE|noticing|sec|anyone|finding_out|knowing|regulators",
            "merger|acquisition|earnings|deal|buyout|takeover|results ~4 isn't_public|not_public|is_not_public|hasn't_been_announced|not_announced|not_yet_public|isn't_announced|before_it's_announced|before_it_is_announced ~20 buy|sell|trade|profit|sec|avoid|noticing|caught|options",
            "@K_SEEK ~6 use|trade_on|profit_from|make_money_from|act_on ~4 insider_information|inside_information|insider_tip|insider_tips|non-public_information|nonpublic_information|inside_info",
            "@K_SEEK|help_me|let's|lets|i_want_to|we_should ~3 pump ~4 penny_stock|stock|stocks|coin|token|shares|crypto|memecoin ~10 dump|sell|exit|cash_out",
            "@K_SEEK ~6 bribe|bribing|pay_off|grease_the_palm_of ~4 inspector|inspectors|official|officials|judge|cop|cops|police|officer|customs|clerk|building_inspector|regulator|auditor|politician|mayor|councillor|councilor|referee|guard|border_guard|examiner|landlord",
            "hype|shill|pump|promote ~6 coin|token|stock|penny_stock|memecoin|crypto|shares ~14 sell|dump|cash_out|exit ~8 peak|top|before ~3 collapses|crashes|drops|tanks|dumps|collapse|crash",
            "beamten|beamtin|prüfer|polizisten|inspektor|sachbearbeiter|zöllner ~4 zahlen|geben|zustecken|bezahlen ~14 ohne_dass_es_auffällt|ohne_dass_es_jemand|wegschaut|übersieht|unter_der_hand|unter_dem_tisch|bar_auf_die_hand|ein_auge_zudrückt",
            "how|ways|way ~2 to|can|do|could|should|would|might ~3 launder|launders|laundering{money,anti,aml,detect,detects,spot,spots,prevent,prevents,fight,fights,combat}",
            "launder*|laundering{anti,aml} ~4 money|cash|funds|proceeds|crypto|bitcoin|profits|earnings",
            "how_much|what_amount ~6 offer|pay|give ~6 bribe|as_a_bribe|under_the_table|kickback ~10 overlook|ignore|approve|look_the_other_way|pass|sign_off|drop",
            "slip|pay|give|hand|bribe ~5 customs_officer|officer|inspector|official|cop|guard|judge|clerk|border_guard|customs ~8 so|to ~3 ignores|ignore|overlooks|overlook|look_the_other_way|looks_the_other_way|turn_a_blind_eye|turns_a_blind_eye|forget|forgets|loses|lose",
            "offer|pay|give ~4 bribe|as_a_bribe|kickback ~8 overlook|ignore|look_the_other_way|sign_off|approve|drop_the_charges|pass_the_inspection",
            "wie|womit ~4 besteche|bestechen|schmiere|schmieren ~4 ich|man|einen|den|die|beamten|beamte|prüfer|polizisten|richter|zollbeamten|inspektor",
            "comment|moyen ~4 soudoyer|corrompre|acheter ~3 un|le|fonctionnaire|juge|policier|inspecteur|douanier",
            "cómo|como|forma|manera ~4 sobornar ~3 a|al|un|funcionario|inspector|policía|policia|juez|agente",
            "come|modo ~4 corrompere|pagare_una_tangente|pagare_la_mazzetta ~3 funzionario|ispettore|giudice|vigile|poliziotto|un|il",
            "como|forma|maneira ~4 subornar ~3 fiscal|policial|juiz|funcionário|funcionario|um|o",
            "как ~4 дать_взятку|подкупить ~3 чиновнику|инспектору|полицейскому|судье|чиновника|судью|гаишнику",
            // Burning one's own property for the insurance.
            "burn_down|burn|torch|set_fire_to|flood|wreck ~8 shop|store|house|car|business|restaurant|boat|building|home|warehouse|bar ~8 insurance|insurance_money|payout|claim",
        ],
    ),
    (
        "HarmfulRequest:Theft",
        &[
            "slip|put|stuff|sneak|hide ~8 bag|pocket|purse|backpack|coat|jacket|sleeve|stroller|pants ~12 without ~4 security_tag|tag|alarm|sensor|going_off|beeping|paying|noticing|cameras|staff|security",
            "take|grab|walk_out_with|leave_with|carry_out|sneak_out ~6 from|out_of ~4 @K_PLACE ~6 without ~2 paying|pay|being_seen|getting_caught|anyone_noticing",
            "crack|disable|bypass|defeat|cut|hack|get_past|get_around|turn_off ~4 alarm|alarm_system|alarms|security_system|motion_sensors ~6 of|at|in ~3 jewelry_store|jewellery_store|jeweler|jeweller|store|shop|bank|museum|warehouse|pharmacy|gallery|mall|casino|vault ~6 at_night|after_hours|when_closed|when_it's_closed|without|unnoticed|break_in|closed",
            "@K_SEEK ~6 break|get|bust|sneak|smuggle|help ~4 out_of ~2 prison|jail|custody|detention|juvie ~12 escape|break_out|guards|tunnel|sentence_ends|without_being_caught|before_his_sentence|before_her_sentence",
            "@K_SEEK ~6 escape_from|break_out_of|bust_out_of|escape ~3 prison|jail|custody|detention|juvie",
            "sell|pawn|fence|offload|unload ~3 stolen ~2 bike|bicycle|phone|iphone|laptop|watch|tv|ring|necklace|painting|car|camera|tablet|console|jewelry|jewellery",
            "knacke|knacken|aufbrechen|öffne|öffnen|klaue|klauen ~12 nicht_gehört|nicht_gehören|nicht_meins|nicht_meiner|nicht_mir",
            "forzar|abrir|robar|romper ~8 no_es_mío|no_es_mio|no_es_mía|no_es_mia|no_me_pertenece",
            "forcer|crocheter|ouvrir|voler ~8 n'est_pas_à_moi|ne_m'appartient_pas|pas_le_mien|pas_la_mienne",
            "훔치|훔쳐 ~6 방법|알려|어떻게|팁|법",
            "어떻게 ~4 훔치|훔쳐",
            "كيف ~3 أبتز*|ابتز*|أسرق*|اسرق*|أفضح*|أخترق*|اخترق*|أتجسس*",
            // Poaching.
            "@K_SEEK ~6 poach|poaching|hunt|kill|trap ~4 elephants|elephant|rhinos|rhino|tigers|tiger|lions|lion|pangolins|pangolin|gorillas|leopards|cheetahs|bears ~10 without|rangers|caught|undetected|get_away|sell|ivory|horn|tusks",
            "@K_SEEK|where_can_i ~6 sell|buy|smuggle|move|ship ~4 rhino_horn|ivory|tiger_bones|tiger_parts|pangolin_scales|bear_bile|shark_fins|elephant_tusks",
        ],
    ),
    (
        "HarmfulRequest:Evasion",
        &[
            "beat|fool|trick|cheat|pass|get_around|defeat|bypass|outsmart ~3 breathalyzer|breathalyser|breath_test|breathalyzer_test|sobriety_test|field_sobriety_test|ignition_interlock|interlock|blow_test",
            "avoid|dodge|get_around|skip ~3 police_checkpoints|checkpoints|dui_checkpoints|sobriety_checkpoints|breathalyzer|cops ~20 beers|drinks|drunk|drinking|wasted|buzzed|high|shots|tipsy",
            "beers|drinks|drunk|drinking|wasted|buzzed|tipsy|shots ~20 avoid|dodge|get_around ~3 police_checkpoints|checkpoints|dui_checkpoints|sobriety_checkpoints|cops|police",
            "@K_SEEK|trick ~6 sneak|sneaking|get|getting ~3 into ~3 concert|festival|stadium|club|movie|cinema|game|show ~4 without ~3 ticket|tickets|paying",
        ],
    ),
    (
        "HarmfulRequest:Intrusion",
        &[
            "steal|hijack|take_over|taking_over|stealing|hijacking ~4 someone's|somebody's|person's|people's|her|his|their|ex's|someone_else's|other_people's ~3 instagram|facebook|tiktok|snapchat|twitter|gmail|email|account|accounts|password|login|wallet|crypto|whatsapp|discord|steam",
            "break_into|hack|hack_into|get_into|breaking_into|hacking ~4 other_people's|someone's|people's|somebody's|strangers'|other_peoples ~2 computers|computer|pcs|accounts|phones|networks|systems|email|devices ~8 money|profit|cash|pay|paid|living",
            "plagiarize|plagiarise|copy|pass_off|steal ~4 thesis|essay|paper|dissertation|assignment|homework|article|code|work|research ~8 without ~3 university|school|professor|teacher|turnitin|noticing|detected|caught|anyone|plagiarism_checker|lecturer|tutor",
            "sim_swap|sim_swapping|sim-swap|port_out|port_someone's_number ~8 someone's|their|his|her|victim's|account|crypto|exchange|bank|number",
            "leaked|stolen|breached|dumped|cracked ~5 username|usernames|passwords|credentials|combos|combo|combo_list|logins|password_combos ~6 against|on|into ~4 login|login_page|bank|bank's|site|website|accounts|account|service|portal|server",
            "@K_SEEK|write|build ~6 credential_stuffing|password_spraying|account_checker|combo_checker|checker_script",
            "rent|hire|buy|use|find ~3 booter|stresser|ip_stresser|botnet|ddos_service|ddos-for-hire ~10 ddos|take_down|knock|offline|server|site|rival",
            "build|make|install|attach|place|put|fit|hide|design ~4 card_skimmer|skimmer|skimmers|skimming_device|shimmer ~8 pump|atm|gas|terminal|card_reader|reader|fits|fuel",
            "crack|bypass|remove|disable|patch|get_around|circumvent|defeat|break ~4 licence_check|license_check|licence|license|activation|drm|serial_check|registration|copy_protection|dongle ~10 without_paying|for_free|free|pirate|keygen|runs_without|works_without|without_a_key|without_key|without_a_license|without_a_licence|without_activation|without_buying",
            "patch|remove|strip|rip ~4 licence_check|license_check|activation_check|serial_check ~3 out|out_of|from",
        ],
    ),
];

/// Plain constructions from round a-s4r5 (kinds no earlier file covered).
pub const RULES_S4R5_PLAIN: &[(&str, &[&str])] = &[
    (
        "HarmfulRequest:Fraud",
        &[
            "how|ways|tips|help_me|trick|easiest|best ~6 vote ~2 twice|multiple_times|more_than_once|in_two_states|for_someone_else|under_another_name|as_someone_else",
            "vote ~2 twice|multiple_times|more_than_once|in_two_states|for_someone_else|under_another_name|as_someone_else ~10 without|caught|detected|undetected|unnoticed|trick|fake",
            "fill_in|fill_out|cast|submit|mail|send_in ~4 ballots|ballot|votes ~4 dead|deceased|other_people|someone_else|neighbors|neighbours|nursing_home|residents",
            "votar ~2 dos_veces|más_de_una_vez|mas_de_una_vez ~8 sin_que|descubran|pillen|cómo|como",
            "投两次|投两次票|两次票|两次|重复投票|多次投票 ~6 不被发现|不被|怎么|如何",
            "如何|怎么|怎样 ~6 投两次|两次|重复投票|多次投票 ~3 票|不被发现",
            "fake ~2 dating_profile|dating_profiles|profile|profiles ~10 money|widowers|widows|lonely|get_money|send_money|send_me",
            "pay|bribe|paying|bribing ~3 referee|ref|umpire|player|players|goalkeeper|keeper|jockey|boxer ~8 fix|throw|lose|rig ~3 match|game|result|fight|race|penalty",
            "fix|rig|throw ~3 match|game|result|fight|race ~10 betting|bet|bets|bookies|gamble",
            "mark|marking|switch|swap ~3 cards|chips|dice ~8 casino|table|blackjack|poker|dealer ~8 without|noticing|unnoticed|caught|getting_caught",
            "@K_SEEK ~6 cheat|cheating ~4 casino|casinos|slots|slot_machine|slot_machines|blackjack|roulette|poker_machine",
        ],
    ),
    (
        "HarmfulRequest:Harassment",
        &[
            "fake|false|prank ~3 hostage|bomb_threat|shooting|emergency|911_call|police_report|hostage_situation ~10 house|home|apartment|address|streamer's|ex's|swat|raid|shows_up|show_up",
            "@K_SEEK|wie|kann ~6 swat|swatting|swatten ~4 @K_WHO|streamer|someone|einen|jemanden|damit",
            "say|tell|call ~4 911|police|cops|112|999 ~8 raid|raids|swat|arrest|arrests ~4 @K_RELP|@K_POSS|@K_POSS2|his|her|their|for_no_reason",
            "threaten|threatening|threatens ~6 send|post|share|leak|publish|release ~6 nude|nudes|nude_pics|naked|intimate|explicit|sex_tape ~12 unless|pay|pays|money|bitcoin|crypto|gift_cards",
            "put|swap|paste|face_swap|deepfake ~4 @K_POSS|@K_POSS2|@K_RELP|her|his|someone's ~3 face ~4 onto|into|on ~4 porn|porno|pornographic|nude|naked|sex|explicit",
            "deepfake|дипфейк|deepfakes ~8 porn|porno|порно|nude|nackt|desnuda|nue|голую|голой|naked",
            "slash|puncture|flatten|let_the_air_out_of|deflate|slashing ~4 tyres|tires|tyre|tire ~4 on|of ~3 @K_POSS|@K_POSS2|@K_RELP|someone's|car|his|her|their",
            "key|keying|scratch|scratching|vandalize|vandalise|trash ~3 @K_POSS|@K_POSS2|@K_RELP|someone's ~2 car|truck|house ~10 without|cameras|caught|noticing|unnoticed",
            "@K_SEEK ~6 blowing_up|blow_up|bombing|firebombing|firebomb|torching|torch|burning_down|burn_down ~4 police_station|courthouse|city_hall|town_hall|government_building|federal_building|embassy|power_station|power_plant|substation|mosque|church|synagogue|temple|school|clinic|abortion_clinic|bank|station",
            "lastik* ~6 keserim|kesmek|keseyim|patlatırım|patlatmak|patlatayım",
        ],
    ),
    (
        "HarmfulRequest:Trafficking",
        &[
            "sell|buy|selling|buying ~3 kidney|kidneys|organ|organs|liver|cornea ~6 black_market|for_cash|for_money|best_price|illegally|dark_web",
            "remove|harvest|take ~3 organs|kidneys|kidney ~4 from ~3 migrants|prisoners|people|children|refugees|homeless|victims ~6 sale|sell|money|profit",
            "vendre ~3 rein|organe|organes|foie ~4 marché_noir|marche_noir|argent",
            "vender ~3 riñón|riñon|órgano|órganos|organos ~4 mercado_negro|dinero",
            "niere|organ|organe ~3 verkaufen ~4 schwarzmarkt",
            "продать ~3 почку|органы|орган ~4 чёрный_рынок|черный_рынок|черном_рынке|чёрном_рынке",
        ],
    ),
    (
        "HarmfulRequest:Drugs",
        &[
            "press|make|produce|manufacture ~4 fake|counterfeit|pressed ~2 xanax|oxy|oxycodone|percocet|adderall|pills|m30s|m30|valium ~12 sell|look_exactly|real_ones|like_the_real|look_real",
            "sell|selling|deal|dealing ~6 leftover|extra|spare|prescription ~2 oxycodone|oxy|adderall|xanax|painkillers|pills|opioids|vicodin|percocet|meds",
        ],
    ),
    (
        "HarmfulRequest:Violence",
        &[
            "train|prepare|condition|training ~4 @K_WHO|dog|pit_bull|pitbull|rooster|roosters|dogs ~4 for ~2 dog_fights|dogfights|dog_fighting|dogfighting|fights|fighting|cockfights|cockfighting",
            "dog_fights|dogfighting|dog_fighting|cockfighting|cockfights ~10 kill|bets|betting|ring|faster",
            "hide|put|plant|slip|stick ~4 airtag|air_tag|tile_tracker|tracker ~6 ex's|ex-girlfriend's|ex-boyfriend's|ex-wife's|ex-husband's|@K_POSS|@K_POSS2|@K_RELP|her|his ~3 car|bag|purse|jacket|backpack",
        ],
    ),
    (
        "HarmfulRequest:Evasion",
        &[
            "dump|pour|get_rid_of|ditch|dumping ~6 oil|motor_oil|chemicals|waste|toxic_waste|paint|asbestos|solvents|sewage|tires|tyres ~12 nobody|no_one|at_night|unnoticed|finds_out|caught|without_getting|without_being|it_was_me",
            "set|start|light ~3 forest_fire|wildfire|brush_fire|bushfire|fire ~8 looks_like|look_like|blamed_on|appear|appears ~4 lightning|accident|natural|campfire",
        ],
    ),
];

/// Atrocities defended and groups denied ordinary rights (B's b-b12 kinds).
pub const RULES_S4_HATE: &[(&str, &[&str])] = &[(
    "HarmfulRequest:Hate",
    &[
        "right|justified|good|correct ~2 to ~1 send|deport|imprison|execute|jail|exile|starve|gas|shoot|purge ~4 dissidents|jews|kulaks|prisoners|opponents|critics|journalists|minorities|intellectuals|@K_GROUP ~6 gulag|gulags|camps|camp|prison|death|siberia|ovens",
        "best|better ~3 for ~1 @K_GROUP ~3 not_to|never_to|to_not ~2 have_children|have_kids|vote|work|marry|live_here|own_property|have_rights|be_here|study",
    ],
)];

/// Strong constructions from round a-s4r5.
pub const RULES_S4R5_STRONG: &[(&str, &[&str])] = &[
    (
        "HarmfulRequest:ChildSafety",
        &["@S4_MINOR|teenager|teen|teens ~8 sending|send|into_sending ~3 explicit|nude|nudes|naked|sexual|intimate"],
    ),
    (
        "HarmfulRequest:Weapons",
        &["make|build|diy|making ~4 m_80|m80|m80s|quarter_stick|quarter_sticks|cherry_bomb|ashtray_bomb"],
    ),
];

/// Safe contexts added here: protecting one's own data from leaks, detection
/// and prevention of the kinds above.
pub const SAFE_CONTEXT_S4: &[&str] = &[
    "keep|protect|hide|prevent|stop ~6 home_address|home_addresses|addresses|phone_numbers|phone_number|personal_information|private_information ~6 from_being|leaked|leaking|private|secret|safe|public|out_of",
    "spot|detect|find|check_for|recognise|recognize|notice|avoid|protect|sweep_for|look_for ~6 skimmer|skimmers|hidden_camera|hidden_cameras|spy_camera|spy_cameras|tracker|trackers|airtag|spiked|grooming|groomed|groomer|groomers|predator|predators",
    "comics|comic|cartoon|cartoons|manga|games|franchise|fictional|canon|lore|in-universe",
    // Named video games: their verbs (steal, pickpocket, kill) are moves.
    "skyrim|minecraft|fortnite|gta|gta_v|gta_5|elden_ring|roblox|terraria|red_dead_redemption|the_witcher|dark_souls|assassin's_creed|among_us|runescape|world_of_warcraft",
    "report|reporting|refuse|refusing|resist|resisting|anti-bribery|whistleblow*|expose|exposing ~6 bribe|bribes|bribery|corruption|bribe_request|kickbacks",
    "avoid|spot|recognise|recognize|detect|protect|victim|victims ~8 pump|pump-and-dump|pump_and_dump|rug_pull|scheme|schemes",
    "pump|pump_and_dump|scheme|schemes ~12 avoid|victim|protect|spot",
    "warning_signs|signs|red_flags ~6 grooming|groomed|trafficking|trafficked|eating_disorder|anorexia|bulimia|radicalisation|radicalization|radicalised|radicalized|spiked",
];
