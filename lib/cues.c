/* cues: the phrase lexicon of mh-screen.
 *
 * Written for this project from the categories of issue 4, the safety
 * reference (safe-messaging rules, the 46% false-alarm study of keyword
 * screening) and everyday chat language.  Levels are what a phrase means
 * when said plainly, in the present, by the speaker; screen.c lowers them
 * for negation, the past, another person, humour and fiction, and raises
 * them with context.  Levels follow a triage reading, not a diagnosis:
 * a passive wish to be dead is moderate, an active wish high, a plan or a
 * time with it imminent. */
#include "cues.h"
#include "screen.h"

#define L MH_RISK_LOW
#define M MH_RISK_MODERATE
#define H MH_RISK_HIGH
#define I MH_RISK_IMMINENT

#define FIRST MH_CUE_FIRST
#define AMBIG MH_CUE_AMBIG
#define EXPL MH_CUE_EXPLICIT
#define PAST MH_CUE_PAST
#define NEGF MH_CUE_NEGFORM
#define EMERG MH_CUE_EMERG
#define TIME MH_CUE_TIME
#define SLEEP MH_CUE_SLEEP
#define GRAND MH_CUE_GRAND
#define RECK MH_CUE_RECKLESS
#define COMP MH_CUE_COMPULSION
#define BURD MH_CUE_BURDEN
#define CMD MH_CUE_COMMAND
#define HINT (MH_CUE_AMBIG | MH_CUE_HINT)

#define SI(p, r, f) {p, MH_CAT_SUICIDAL, r, f}
#define INT(p, r, f) {p, MH_CAT_INTENT, r, f}
#define MEANS(p, r, f) {p, MH_CAT_MEANS, r, f}
#define SH(p, r, f) {p, MH_CAT_SELF_HARM, r, f}
#define OTH(p, r, f) {p, MH_CAT_OTHERS, r, f}
#define ABU(p, r, f) {p, MH_CAT_ABUSE, r, f}
#define PSY(p, r, f) {p, MH_CAT_PSYCHOSIS, r, f}
#define MAN(p, f) {p, MH_CAT_MANIA, L, f}
#define OCD(p, f) {p, MH_CAT_OCD, L, f}
#define ED(p, r, f) {p, MH_CAT_EATING, r, f}
#define SUB(p, r, f) {p, MH_CAT_SUBSTANCE, r, f}
#define DIS(p) {p, MH_CAT_DISTRESS, L, 0}
#define IDIOM(p) {p, MH_CAT_IDIOM, 0, 0}

static const struct mh_cue cues[] = {
	/* Suicidal ideation: active. */
	SI("kill myself", H, FIRST), SI("killing myself", H, FIRST),
	SI("kill my self", H, FIRST), SI("kil myself", H, FIRST),
	SI("kms", H, FIRST), SI("end my life", H, FIRST),
	SI("ending my life", H, FIRST), SI("end my own life", H, FIRST),
	SI("take my own life", H, FIRST), SI("take my life", H, FIRST),
	SI("taking my life", H, FIRST), SI("off myself", H, FIRST),
	SI("offing myself", H, FIRST), SI("unalive myself", H, FIRST),
	SI("unaliving myself", H, FIRST), SI("unalive", M, 0),
	SI("sewerslide", H, 0), SI("sewer slide", H, 0),
	SI("sewerslide", H, 0), SI("suicide", L, 0), SI("suicidal", H, 0),
	SI("sucidal", H, 0), SI("suicdal", H, 0), SI("suiside", H, 0),
	SI("suicidal thoughts", M, 0), SI("suicidal ideation", M, 0),
	SI("thoughts of suicide", M, 0), SI("thoughts of killing myself", H, FIRST),
	SI("having suicidal thoughts", H, 0), SI("commit suicide", H, 0),
	SI("committing suicide", H, 0), SI("commiting suicide", H, 0),
	SI("thinking about suicide", H, 0), SI("thinking of suicide", H, 0),
	SI("considering suicide", H, 0), SI("contemplating suicide", H, 0),
	SI("want to die", H, 0), SI("wanna die", H, 0), SI("want 2 die", H, 0),
	SI("just want to die", H, 0), SI("ready to die", H, 0),
	SI("want to be dead", H, 0), SI("rather be dead", H, 0),
	SI("better off dead", H, 0), SI("wish i was dead", M, FIRST),
	SI("wish i were dead", M, FIRST), SI("wish i could die", M, FIRST),
	SI("wish i wasnt alive", M, FIRST), SI("wish i wasnt born", M, FIRST),
	SI("wish i was never born", M, FIRST),
	SI("end it all", H, 0), SI("ending it all", H, 0),
	SI("easy to end it", H, 0), SI("thinking of ending it", H, 0),
	SI("thinking about ending it", H, 0), SI("shoot myself", H, FIRST),
	SI("hang myself", H, FIRST), SI("hanging myself", H, FIRST),
	SI("slit my wrists", H, FIRST), SI("drown myself", H, FIRST),
	SI("jump off a bridge", H, 0), SI("jump in front of a train", H, 0),
	SI("overdose on purpose", H, 0), SI("not be alive", M, NEGF),
	SI("dont want to be alive", H, NEGF), SI("dont want to live", M, NEGF),
	SI("dont want to live anymore", H, NEGF),
	SI("dont want to be here anymore", M, NEGF),
	SI("dont want to exist", M, NEGF), SI("not staying alive", M, NEGF),
	SI("not being alive", M, NEGF), SI("no reason to live", M, 0),
	SI("nothing to live for", M, 0), SI("not worth living", M, NEGF),
	SI("tired of living", M, 0), SI("tired of being alive", M, 0),
	SI("sleep forever", L, AMBIG), SI("want to sleep forever", M, 0),
	SI("wish i could sleep forever", M, FIRST), SI("go to sleep forever", M, 0),
	SI("sleep forever and never wake up", M, 0), SI("never wake up", M, NEGF),
	SI("not wake up", M, NEGF), SI("wish i could disappear", M, FIRST),
	SI("wish i could sleep", L, FIRST | AMBIG),
	SI("wish i could just sleep", L, FIRST | AMBIG),
	SI("better off without me", M, FIRST), SI("if i was gone", M, FIRST),
	SI("if i were gone", M, FIRST), SI("when im gone", M, FIRST),
	SI("if i died", M, FIRST), SI("no one would miss me", M, FIRST),
	SI("nobody would miss me", M, FIRST),
	SI("want the thoughts to stop", M, 0), SI("want it all to stop", M, 0),
	SI("want everything to stop", M, 0), SI("make it all stop", M, 0),
	SI("want the pain to end", M, 0), SI("make the pain stop", M, 0),
	SI("want it to be over", M, 0),
	/* The past, unless a recent word says otherwise. */
	SI("tried to kill myself", H, FIRST | PAST),
	SI("tried to end my life", H, FIRST | PAST),
	SI("attempted suicide", H, PAST), SI("suicide attempt", H, PAST),
	SI("wanted to die", M, PAST), SI("wanted to kill myself", H, FIRST | PAST),
	SI("was suicidal", M, PAST),

	/* Intent, plan, preparation. */
	INT("plan to kill myself", I, FIRST), INT("planning to kill myself", I, FIRST),
	INT("going to kill myself", H, FIRST), INT("gonna kill myself", H, FIRST),
	INT("suicide plan", H, 0), INT("suicide note", H, 0),
	INT("goodbye letter", H, 0), INT("goodbye letters", H, 0),
	INT("goodbye note", H, 0), INT("said my goodbyes", L, FIRST | AMBIG),
	INT("this is goodbye", L, HINT), INT("have a plan", L, AMBIG),
	INT("made a plan", L, AMBIG), INT("going to do it", L, AMBIG),
	INT("do it tonight", L, AMBIG | TIME), INT("doing it tonight", L, AMBIG | TIME),
	INT("tonight is the night", L, AMBIG | TIME),
	INT("giving away my", L, AMBIG), INT("gave away my", L, AMBIG),
	INT("wont be around", L, HINT),
	INT("wont be here much longer", H, 0),
	INT("wont be dealing with this much longer", H, 0),
	INT("wont be a problem much longer", H, 0),
	INT("dont want anyone to stop me", H, NEGF),
	INT("nobody can stop me", L, HINT), INT("bought a rope", H, 0),
	INT("bought a gun", L, AMBIG), INT("stockpiling pills", H, 0),
	INT("saving up pills", H, 0), INT("saving my pills", H, 0),
	INT("cant guarantee anything", L, HINT),
	INT("cant guarantee", L, HINT), INT("actually do it", L, HINT),
	INT("that could change", L, HINT),
	INT("cant keep myself safe", H, FIRST | NEGF),
	INT("not safe with myself", H, FIRST | NEGF),
	INT("dont feel safe with myself", H, FIRST | NEGF),
	INT("dont know if i can stay safe", H, FIRST | NEGF),

	/* Means-seeking: innocent alone, high with risk context. */
	MEANS("bridges taller", L, AMBIG), MEANS("bridges higher", L, AMBIG),
	MEANS("bridges are taller", L, AMBIG), MEANS("bridges are tallest", L, AMBIG),
	MEANS("bridges are the tallest", L, AMBIG),
	MEANS("bridges are highest", L, AMBIG), MEANS("bridge is tallest", L, AMBIG),
	MEANS("bridge is the tallest", L, AMBIG),
	MEANS("buildings are tallest", L, AMBIG),
	MEANS("buildings are the tallest", L, AMBIG),
	MEANS("tallest bridge", L, AMBIG), MEANS("tallest bridges", L, AMBIG),
	MEANS("highest bridge", L, AMBIG), MEANS("highest bridges", L, AMBIG),
	MEANS("tall bridges", L, AMBIG), MEANS("tallest building", L, AMBIG),
	MEANS("tallest buildings", L, AMBIG), MEANS("tall buildings", L, AMBIG),
	MEANS("highest building", L, AMBIG), MEANS("roof access", L, AMBIG),
	MEANS("rooftop access", L, AMBIG), MEANS("highest cliff", L, AMBIG),
	MEANS("survive a fall", L, AMBIG), MEANS("survive a car crash", L, AMBIG),
	MEANS("survive a crash", L, AMBIG), MEANS("survive the fall", L, AMBIG),
	MEANS("train tracks", L, AMBIG), MEANS("pesticides", L, AMBIG),
	MEANS("pesticide", L, AMBIG), MEANS("weed killer", L, AMBIG),
	MEANS("rat poison", L, AMBIG), MEANS("antifreeze", L, AMBIG),
	MEANS("how many pills", L, AMBIG), MEANS("how many sleeping pills", L, AMBIG),
	MEANS("how much tylenol", L, AMBIG), MEANS("how many tylenol", L, AMBIG),
	MEANS("how much paracetamol", L, AMBIG),
	MEANS("how much acetaminophen", L, AMBIG),
	MEANS("how many painkillers", L, AMBIG), MEANS("sleeping pills", L, AMBIG),
	MEANS("buy a gun", L, AMBIG), MEANS("buy a rope", L, AMBIG),
	MEANS("rope strong enough", L, AMBIG), MEANS("carbon monoxide", L, AMBIG),
	MEANS("razor blades", L, AMBIG), MEANS("excising", L, AMBIG),
	MEANS("cut it out myself", L, AMBIG),
	/* Means-seeking: asks for a method outright. */
	MEANS("lethal dose", H, EXPL), MEANS("fatal dose", H, EXPL),
	MEANS("how much to overdose", H, EXPL), MEANS("pills to die", H, EXPL),
	MEANS("how many pills would it take", H, EXPL),
	MEANS("most painless way", H, EXPL), MEANS("painless way to die", H, EXPL),
	MEANS("painless way", H, EXPL), MEANS("quickest way to die", H, EXPL),
	MEANS("easiest way to die", H, EXPL), MEANS("least painful way", H, EXPL),
	MEANS("how to kill myself", H, EXPL | FIRST),
	MEANS("how to kill yourself", H, EXPL), MEANS("how to commit suicide", H, EXPL),
	MEANS("methods of suicide", H, EXPL), MEANS("suicide methods", H, EXPL),
	MEANS("most lethal methods", H, EXPL), MEANS("lethal methods", H, EXPL),
	MEANS("most lethal", H, EXPL), MEANS("methods of self harm", H, EXPL),
	MEANS("ways to self harm", H, EXPL), MEANS("tie a noose", H, EXPL),
	MEANS("make a noose", H, EXPL), MEANS("noose", M, 0),
	MEANS("drink bleach", H, EXPL), MEANS("toxins", L, AMBIG),
	MEANS("poisons that", M, AMBIG), MEANS("end a human life", H, EXPL),
	MEANS("way to die", M, 0), MEANS("ways to die", L, AMBIG),

	/* Self-harm and hiding it. */
	SH("hurt myself", H, FIRST), SH("hurting myself", H, FIRST),
	SH("harm myself", H, FIRST), SH("harming myself", H, FIRST),
	SH("cut myself", H, FIRST), SH("cutting myself", H, FIRST),
	SH("cutting again", H, 0), SH("burn myself", H, FIRST),
	SH("burning myself", H, FIRST), SH("self harm", M, 0),
	SH("self harming", H, 0), SH("selfharm", M, 0),
	SH("hit myself", M, FIRST), SH("punish myself", L, FIRST),
	SH("hide my cuts", H, FIRST), SH("hide the cuts", H, 0),
	SH("hide my scars", M, FIRST), SH("hide the scars", M, 0),
	SH("cover my cuts", H, FIRST), SH("cover up my cuts", H, FIRST),
	SH("easily hidden", M, AMBIG), SH("long sleeves to hide", H, 0),
	SH("used to cut", M, PAST), SH("used to self harm", M, PAST),

	/* Harm to others. */
	OTH("want to kill him", H, 0), OTH("want to kill her", H, 0),
	OTH("want to kill them", H, 0), OTH("want to kill my", H, 0),
	OTH("want to kill someone", H, 0), OTH("going to kill him", M, 0),
	OTH("going to kill her", M, 0), OTH("gonna kill him", M, 0),
	OTH("hurt someone", M, 0), OTH("want to hurt someone", H, 0),
	OTH("want to hurt him", H, 0), OTH("want to hurt her", H, 0),
	OTH("want to hurt people", H, 0), OTH("hurt other people", M, 0),
	OTH("make them pay", M, 0), OTH("make him pay", M, 0),
	OTH("kill everyone", H, 0), OTH("shoot up the", H, 0),
	OTH("stab him", H, 0), OTH("stab her", H, 0), OTH("poison him", H, 0),
	OTH("poison her", H, 0), OTH("subdue another person", H, EXPL),
	OTH("subdue someone", H, EXPL), OTH("subdue a person", H, EXPL),
	OTH("homicidal", H, 0), OTH("thoughts of killing", H, 0),
	OTH("hurt my baby", H, 0), OTH("harm my baby", H, 0),
	OTH("hurt my kids", H, 0), OTH("hurt my child", H, 0),

	/* Abuse and immediate danger. */
	ABU("he hits me", H, 0), ABU("she hits me", H, 0), ABU("hits me", H, 0),
	IDIOM("hits me with"), IDIOM("hit me with"), IDIOM("he hits me with"),
	IDIOM("she hits me with"),
	ABU("beats me", H, 0), ABU("choked me", H, 0), ABU("chokes me", H, 0),
	ABU("strangled me", H, 0), ABU("he hurts me", H, 0),
	ABU("she hurts me", H, 0), ABU("abusing me", H, 0),
	ABU("abuses me", H, 0), ABU("abused me", M, PAST),
	ABU("not safe at home", H, NEGF), ABU("dont feel safe at home", H, NEGF),
	ABU("afraid of my husband", H, 0), ABU("afraid of my partner", H, 0),
	ABU("afraid of my boyfriend", H, 0), ABU("scared of my husband", H, 0),
	ABU("scared of my partner", H, 0), ABU("scared of my boyfriend", H, 0),
	ABU("threatened to kill me", H, 0), ABU("threatening to kill me", H, 0),
	ABU("afraid hell kill me", H, 0), ABU("scared hell kill me", H, 0),
	ABU("going to kill me tonight", H, TIME), ABU("raped me", H, 0),
	ABU("sexually assaulted", H, 0), ABU("locked me in", H, 0),
	ABU("wont let me leave", H, NEGF), ABU("under attack", M, 0),
	ABU("knocking on my door", L, AMBIG),

	/* Psychosis: delusions. */
	PSY("actually dead", M, 0), PSY("already dead", M, 0),
	PSY("know im dead", M, FIRST), PSY("im not real", M, FIRST | NEGF),
	PSY("replaced by an impostor", M, 0), PSY("replaced by an imposter", M, 0),
	PSY("impostor", L, AMBIG), PSY("imposter", L, AMBIG),
	PSY("chip in my", M, 0), PSY("chip in the back of my", M, 0),
	PSY("chip located", M, 0), PSY("implanted a chip", M, 0),
	PSY("tracking device in my", M, 0), PSY("being watched", L, AMBIG),
	PSY("people are watching me", M, 0), PSY("theyre watching me", M, 0),
	PSY("stalking me", M, 0), PSY("following me everywhere", M, 0),
	PSY("spying on me", M, 0), PSY("reading my thoughts", M, 0),
	PSY("read my thoughts", M, 0), PSY("broadcasting my thoughts", M, 0),
	PSY("broadcasting some of my thoughts", M, 0),
	PSY("putting thoughts in my head", M, 0), PSY("controlling my mind", M, 0),
	PSY("control my mind", M, 0), PSY("mind control", L, AMBIG),
	PSY("messages meant for me", M, 0), PSY("message hidden in", M, 0),
	PSY("hidden message in", M, 0), PSY("receiving messages", L, AMBIG),
	PSY("concealing their appearance", M, 0), PSY("in disguise", L, AMBIG),
	PSY("installed cameras in my", M, 0), PSY("cameras in my house", M, 0),
	PSY("trying to poison me", M, 0), PSY("poisoning my food", M, 0),
	PSY("the government is after me", M, 0), PSY("everything is connected", M, GRAND),
	PSY("are all connected", L, GRAND), PSY("the chosen one", M, GRAND),
	/* Psychosis: hallucinations; commands are the danger. */
	PSY("hear voices", M, 0), PSY("hearing voices", M, 0),
	PSY("the voices", M, 0), PSY("voices are telling me", H, CMD),
	PSY("voices tell me", H, CMD), PSY("voices telling me", H, CMD),
	PSY("voice tells me", H, CMD), PSY("voice told me to", H, CMD),
	PSY("tells me to do things", H, CMD), PSY("told me to do things", H, CMD),
	PSY("commanding me", H, CMD), PSY("hear gods voice", M, 0),
	PSY("hear god", M, 0), PSY("god tells me", M, 0),
	PSY("god told me to", H, CMD), PSY("he told me to", L, AMBIG | CMD),
	PSY("hear things that arent there", M, 0),
	PSY("see things that arent there", M, 0),
	PSY("they wont stop", L, AMBIG),

	/* Mania: no sleep plus grandiosity or a reckless plan. */
	MAN("not been sleeping", SLEEP), MAN("not sleeping", SLEEP),
	MAN("havent slept", SLEEP), MAN("havent been sleeping", SLEEP),
	MAN("no sleep", SLEEP), MAN("dont need sleep", SLEEP),
	MAN("dont need to sleep", SLEEP), MAN("havent needed sleep", SLEEP),
	MAN("havent really needed sleep", SLEEP), MAN("up for the past", SLEEP),
	MAN("been up for", SLEEP), MAN("stayed up for", SLEEP),
	MAN("awake for", SLEEP), MAN("without sleep", SLEEP),
	MAN("without sleeping", SLEEP), MAN("cant ever actually rest", SLEEP),
	MAN("new abilities", GRAND), MAN("special powers", GRAND),
	MAN("best day of my life", GRAND), MAN("million ideas", GRAND),
	MAN("racing thoughts", GRAND), MAN("talking faster", GRAND),
	MAN("euphoric", GRAND), MAN("invincible", GRAND),
	MAN("unstoppable", GRAND), MAN("my empire", GRAND),
	MAN("ton of energy", GRAND), MAN("tons of energy", GRAND),
	MAN("so much energy", GRAND), MAN("energetic", GRAND),
	MAN("feel amazing", GRAND), MAN("ill be excellent", GRAND),
	MAN("amazingly successful", GRAND), MAN("an entire book in", GRAND),
	MAN("tired but also wired", GRAND), MAN("base jumping", RECK),
	MAN("sky dive", RECK), MAN("skydive", RECK), MAN("skydiving", RECK),
	MAN("free climb", RECK), MAN("free climbing", RECK),
	MAN("quit my job", RECK), MAN("spend all my savings", RECK),
	MAN("spent all my savings", RECK), MAN("max out my credit cards", RECK),
	MAN("maxed out my credit cards", RECK), MAN("invest everything", RECK),
	MAN("invest all my", RECK), MAN("expand my", RECK),
	MAN("drive to a specific", RECK), MAN("backpack into the", RECK),
	MAN("no cellphone reception", RECK), MAN("no cell reception", RECK),
	MAN("stop taking my meds", RECK), MAN("stopped taking my meds", RECK),
	MAN("stop taking my medication", RECK),
	MAN("stopped taking my medication", RECK),
	MAN("off my meds", RECK),

	/* OCD: a compulsion, and what it costs. */
	OCD("washed my hands * times", COMP), OCD("wash my hands * times", COMP),
	OCD("washing my hands over and over", COMP),
	OCD("wash my hands over and over", COMP), OCD("cant stop washing", COMP),
	OCD("cant stop checking", COMP), OCD("keep checking the", COMP),
	OCD("checked the lock", COMP), OCD("check the stove", COMP),
	OCD("have to count", COMP), OCD("have to arrange", COMP),
	OCD("must organize", COMP), OCD("must organise", COMP),
	OCD("to be arranged in a very particular way", COMP),
	OCD("arranged in a very particular way", COMP),
	OCD("if i dont arrange", COMP), OCD("must be done first", COMP),
	OCD("might be dirty", COMP), OCD("contaminated", COMP),
	OCD("intrusive thoughts", COMP),
	OCD("cant think of anything else", BURD),
	OCD("can think of nothing else", BURD),
	OCD("cant stop thinking about it", BURD), OCD("so stressful", BURD),
	OCD("takes hours", BURD), OCD("ruining my life", BURD),
	OCD("going to be late", BURD), OCD("hands are bleeding", BURD),
	OCD("skin is cracked", BURD), OCD("raw from washing", BURD),

	/* Eating disorders. */
	ED("avoid eating", M, 0), ED("stop eating", M, 0),
	ED("stopped eating", M, 0), ED("not eating", L, 0),
	ED("skipping meals", L, 0), ED("starve myself", H, FIRST),
	ED("starving myself", H, FIRST), ED("purge", M, 0), ED("purging", M, 0),
	ED("throw up after eating", H, 0), ED("make myself throw up", H, FIRST),
	ED("make myself sick", M, FIRST), ED("laxatives to lose", H, 0),
	ED("under 500 calories", M, 0), ED("under * calories a day", M, 0),
	ED("less than * calories", M, 0), ED("seven day fast", M, RECK),
	ED("thinspo", M, 0), ED("thinspiration", M, 0), ED("pro ana", M, 0),
	ED("proana", M, 0), ED("hide not eating", H, 0),
	ED("hide that im not eating", H, FIRST | NEGF),
	ED("suppress my appetite", M, 0), ED("appetite suppressants", M, 0),

	/* Overdose and substance emergencies. */
	SUB("took too many pills", I, EMERG), SUB("took a bunch of pills", I, EMERG),
	SUB("took a whole bottle", I, EMERG), SUB("swallowed a bottle", I, EMERG),
	SUB("took all my pills", I, EMERG), SUB("took all of my pills", I, EMERG),
	SUB("overdosed", H, EMERG | PAST), SUB("overdosing", I, EMERG),
	SUB("mixed alcohol and pills", H, EMERG),
	SUB("mixing pills and alcohol", H, EMERG),
	SUB("mixed xanax and alcohol", H, EMERG),
	SUB("cant wake him up", I, EMERG | NEGF), SUB("cant wake her up", I, EMERG | NEGF),
	SUB("he wont wake up", I, EMERG | NEGF), SUB("she wont wake up", I, EMERG | NEGF),
	SUB("isnt breathing", I, EMERG | NEGF), SUB("not breathing", H, EMERG | NEGF),

	/* Distress: context that turns an innocent question risky. */
	DIS("lost my job"), DIS("got fired"), DIS("laid off"), DIS("lost everything"),
	DIS("broke up with me"), DIS("left me"), DIS("hopeless"), DIS("helpless"),
	DIS("worthless"), DIS("a burden"), DIS("cant keep doing this"),
	DIS("cant do this anymore"), DIS("cant take it anymore"), DIS("cant go on"),
	DIS("give up on everything"), DIS("whats the point"), DIS("no point"),
	DIS("nothing matters"), DIS("no way out"), DIS("trapped"),
	DIS("tired of everything"), DIS("empty inside"), DIS("feel empty"),
	DIS("all alone"), DIS("no one cares"), DIS("nobody cares"),
	DIS("everyone hates me"), DIS("hate myself"), DIS("hate my life"),
	DIS("failed him"), DIS("failed her"), DIS("im a failure"),
	DIS("not myself anymore"), DIS("falling apart"), DIS("cant stop crying"),
	DIS("nothing anyone can do"), DIS("no one can help"),
	DIS("something bad will happen"), DIS("scared to tell anyone"),
	DIS("dont know what to do anymore"), DIS("my life is over"),
	DIS("ruined my life"), DIS("evicted"), DIS("so depressed"),
	DIS("im depressed"), DIS("i am depressed"), DIS("have not worked"),
	DIS("nothing has worked"), DIS("extreme solutions"),
	DIS("feeling down"), DIS("so sad"),

	/* Idioms, technical and everyday phrases: they mask the cues they
	 * overlap. */
	IDIOM("kill myself laughing"), IDIOM("killing myself laughing"),
	IDIOM("shoot myself in the foot"), IDIOM("hurt myself at"),
	IDIOM("hurt myself playing"), IDIOM("hurt myself lifting"),
	IDIOM("hurt myself running"), IDIOM("hurt myself skiing"),
	IDIOM("hurt myself falling"), IDIOM("hurt myself on"),
	IDIOM("hurt myself while"), IDIOM("cut myself shaving"),
	IDIOM("cut myself cooking"), IDIOM("cut myself on"),
	IDIOM("cut myself while"), IDIOM("cut myself a"),
	IDIOM("cut myself some slack"), IDIOM("burn myself on"),
	IDIOM("burn myself out"), IDIOM("burning myself out"),
	IDIOM("dying to"), IDIOM("die of embarrassment"),
	IDIOM("died of embarrassment"), IDIOM("could die of"), IDIOM("die laughing"),
	IDIOM("died laughing"), IDIOM("to die for"), IDIOM("would die for"),
	IDIOM("id die for"), IDIOM("dead tired"), IDIOM("dead serious"),
	IDIOM("im dead"), IDIOM("i am dead"), IDIOM("killing me"),
	IDIOM("kill me"), IDIOM("killed it"), IDIOM("kill it"),
	IDIOM("killing it"), IDIOM("kill for a"), IDIOM("would kill for"),
	IDIOM("could kill for"), IDIOM("kill time"), IDIOM("killing time"),
	IDIOM("kill the process"), IDIOM("kill a process"),
	IDIOM("kill the zombie process"), IDIOM("kill a zombie process"),
	IDIOM("kill zombie processes"), IDIOM("kill 9"), IDIOM("kill the job"),
	IDIOM("kill the server"), IDIOM("kill the lights"),
	IDIOM("kill the engine"), IDIOM("kill the mood"), IDIOM("kill the vibe"),
	IDIOM("kill two birds"), IDIOM("going to kill me"),
	IDIOM("gonna kill me"), IDIOM("will kill me"), IDIOM("would kill me"),
	IDIOM("want to die of"), IDIOM("want to kill my time"),
	IDIOM("suicide squad"), IDIOM("suicide mission"),
	IDIOM("suicide doors"), IDIOM("suicide burpees"), IDIOM("suicide sprints"),
	IDIOM("suicide drills"), IDIOM("suicide lines"),
	IDIOM("self harm awareness"), IDIOM("suicide prevention"),
	IDIOM("suicide awareness"), IDIOM("prevention training"),
	IDIOM("hits me up"), IDIOM("it hits me"), IDIOM("hits me hard"),
	IDIOM("that hits me"), IDIOM("beats me at"), IDIOM("beats me to"),
	IDIOM("beats me why"), IDIOM("left me on read"), IDIOM("left me a"),
	IDIOM("no sleep till"), IDIOM("up for the past week working"),
	IDIOM("purge the cache"), IDIOM("purge the queue"),
	IDIOM("purge old"), IDIOM("purge css"), IDIOM("the voices in my head are"),
	IDIOM("pesticides in food"), IDIOM("pesticides on"),
	IDIOM("pesticides and"), IDIOM("sleeping pills dont"),
	IDIOM("stop eating junk"), IDIOM("stop eating so much"),
	IDIOM("stop eating sugar"), IDIOM("stop eating meat"),
	IDIOM("avoid eating late"), IDIOM("under attack by"),
	IDIOM("i am dead tired"), IDIOM("im dead tired"), IDIOM("die my hair"),
	IDIOM("die her hair"), IDIOM("die his hair"), IDIOM("hear voices from"),
	IDIOM("hear voices next door"), IDIOM("hear voices outside"),
	IDIOM("hear voices downstairs"), IDIOM("hear voices through the"),
	IDIOM("hearing voices from"), IDIOM("hearing voices next door"),
};

static const struct mh_marker markers[] = {
	{"not", MH_MK_NEG}, {"never", MH_MK_NEG}, {"no", MH_MK_NEG},
	{"dont", MH_MK_NEG}, {"wont", MH_MK_NEG}, {"isnt", MH_MK_NEG},
	{"wasnt", MH_MK_NEG}, {"arent", MH_MK_NEG}, {"wouldnt", MH_MK_NEG},
	{"didnt", MH_MK_NEG}, {"doesnt", MH_MK_NEG}, {"no longer", MH_MK_NEG},
	{"nor", MH_MK_NEG}, {"neither", MH_MK_NEG},

	{"years ago", MH_MK_PAST}, {"year ago", MH_MK_PAST},
	{"months ago", MH_MK_PAST}, {"long time ago", MH_MK_PAST},
	{"used to", MH_MK_PAST}, {"back then", MH_MK_PAST},
	{"when i was", MH_MK_PAST}, {"as a teen", MH_MK_PAST},
	{"as a teenager", MH_MK_PAST}, {"as a kid", MH_MK_PAST},
	{"in high school", MH_MK_PAST}, {"in college", MH_MK_PAST},
	{"in the past", MH_MK_PAST}, {"last year", MH_MK_PAST},
	{"in my twenties", MH_MK_PAST}, {"in my teens", MH_MK_PAST},
	{"history of", MH_MK_PAST}, {"previously", MH_MK_PAST},

	{"last night", MH_MK_RECENT}, {"yesterday", MH_MK_RECENT},
	{"this morning", MH_MK_RECENT}, {"today", MH_MK_RECENT},
	{"tonight", MH_MK_RECENT}, {"right now", MH_MK_RECENT},
	{"again", MH_MK_RECENT}, {"just", MH_MK_RECENT},
	{"hour ago", MH_MK_RECENT}, {"hours ago", MH_MK_RECENT},
	{"minutes ago", MH_MK_RECENT}, {"this week", MH_MK_RECENT},
	{"still", MH_MK_RECENT}, {"lately", MH_MK_RECENT},

	{"stable now", MH_MK_RECOVERED}, {"better now", MH_MK_RECOVERED},
	{"doing better", MH_MK_RECOVERED}, {"doing well", MH_MK_RECOVERED},
	{"im okay now", MH_MK_RECOVERED}, {"im fine now", MH_MK_RECOVERED},
	{"in recovery", MH_MK_RECOVERED}, {"recovered", MH_MK_RECOVERED},
	{"got help", MH_MK_RECOVERED}, {"years clean", MH_MK_RECOVERED},
	{"sober now", MH_MK_RECOVERED}, {"in a good place", MH_MK_RECOVERED},

	{"my friend", MH_MK_OTHER}, {"my friends", MH_MK_OTHER},
	{"a friend", MH_MK_OTHER}, {"my son", MH_MK_OTHER},
	{"my daughter", MH_MK_OTHER}, {"my kid", MH_MK_OTHER},
	{"my child", MH_MK_OTHER}, {"my brother", MH_MK_OTHER},
	{"my sister", MH_MK_OTHER}, {"my mom", MH_MK_OTHER},
	{"my mum", MH_MK_OTHER}, {"my dad", MH_MK_OTHER},
	{"my mother", MH_MK_OTHER}, {"my father", MH_MK_OTHER},
	{"my wife", MH_MK_OTHER}, {"my husband", MH_MK_OTHER},
	{"my partner", MH_MK_OTHER}, {"my boyfriend", MH_MK_OTHER},
	{"my girlfriend", MH_MK_OTHER}, {"my coworker", MH_MK_OTHER},
	{"my colleague", MH_MK_OTHER}, {"my student", MH_MK_OTHER},
	{"my client", MH_MK_OTHER}, {"my patient", MH_MK_OTHER},
	{"my cousin", MH_MK_OTHER}, {"my roommate", MH_MK_OTHER},
	{"my teen", MH_MK_OTHER}, {"someone i know", MH_MK_OTHER},
	{"he", MH_MK_OTHER}, {"she", MH_MK_OTHER}, {"they", MH_MK_OTHER},
	{"hes", MH_MK_OTHER}, {"shes", MH_MK_OTHER}, {"theyre", MH_MK_OTHER},
	{"people", MH_MK_OTHER}, {"someone", MH_MK_OTHER},
	{"somebody", MH_MK_OTHER}, {"a person", MH_MK_OTHER},
	{"the character", MH_MK_OTHER}, {"my character", MH_MK_OTHER},
	{"his", MH_MK_OTHER}, {"her", MH_MK_OTHER}, {"their", MH_MK_OTHER},

	{"i", MH_MK_SELF}, {"im", MH_MK_SELF}, {"me", MH_MK_SELF},
	{"my", MH_MK_SELF}, {"myself", MH_MK_SELF}, {"ive", MH_MK_SELF},
	{"id", MH_MK_SELF}, {"ill", MH_MK_SELF}, {"i am", MH_MK_SELF},

	{"said", MH_MK_REPORT}, {"says", MH_MK_REPORT},
	{"told me", MH_MK_REPORT}, {"tells me", MH_MK_REPORT},
	{"texted", MH_MK_REPORT}, {"texted me", MH_MK_REPORT},
	{"wrote", MH_MK_REPORT}, {"posted", MH_MK_REPORT},
	{"keeps saying", MH_MK_REPORT}, {"admitted", MH_MK_REPORT},
	{"mentioned", MH_MK_REPORT},

	{"how do i support", MH_MK_SUPPORT}, {"how can i support", MH_MK_SUPPORT},
	{"how do i help", MH_MK_SUPPORT}, {"how can i help", MH_MK_SUPPORT},
	{"how to help", MH_MK_SUPPORT}, {"how to support", MH_MK_SUPPORT},
	{"what can i do to help", MH_MK_SUPPORT}, {"help my friend", MH_MK_SUPPORT},
	{"support my", MH_MK_SUPPORT}, {"worried about my", MH_MK_SUPPORT},
	{"worried my", MH_MK_SUPPORT}, {"worried that my", MH_MK_SUPPORT},
	{"concerned about my", MH_MK_SUPPORT}, {"someone who is", MH_MK_SUPPORT},
	{"someone who", MH_MK_SUPPORT}, {"a loved one", MH_MK_SUPPORT},
	{"warning signs", MH_MK_SUPPORT}, {"for a friend who", MH_MK_SUPPORT},

	{"my novel", MH_MK_FICTION}, {"a novel", MH_MK_FICTION},
	{"my story", MH_MK_FICTION}, {"a story", MH_MK_FICTION},
	{"short story", MH_MK_FICTION}, {"my character", MH_MK_FICTION},
	{"the character", MH_MK_FICTION}, {"the protagonist", MH_MK_FICTION},
	{"the villain", MH_MK_FICTION}, {"in the game", MH_MK_FICTION},
	{"in the movie", MH_MK_FICTION}, {"in the film", MH_MK_FICTION},
	{"in the show", MH_MK_FICTION}, {"the episode", MH_MK_FICTION},
	{"fanfic", MH_MK_FICTION}, {"fan fiction", MH_MK_FICTION},
	{"screenplay", MH_MK_FICTION}, {"the plot", MH_MK_FICTION},
	{"lyrics", MH_MK_FICTION}, {"the song", MH_MK_FICTION},
	{"my poem", MH_MK_FICTION}, {"the book", MH_MK_FICTION},
	{"this book", MH_MK_FICTION}, {"the novel", MH_MK_FICTION},
	{"the season finale", MH_MK_FICTION}, {"minecraft", MH_MK_FICTION},
	{"fortnite", MH_MK_FICTION}, {"roblox", MH_MK_FICTION},
	{"mario kart", MH_MK_FICTION}, {"call of duty", MH_MK_FICTION},
	{"video game", MH_MK_FICTION}, {"the sims", MH_MK_FICTION},
	{"elden ring", MH_MK_FICTION}, {"zelda", MH_MK_FICTION}, {"my dnd", MH_MK_FICTION},
	{"campaign", MH_MK_FICTION}, {"the boss fight", MH_MK_FICTION},

	{"lol", MH_MK_HUMOUR}, {"lmao", MH_MK_HUMOUR}, {"lmfao", MH_MK_HUMOUR},
	{"haha", MH_MK_HUMOUR}, {"hahaha", MH_MK_HUMOUR},
	{"hahahaha", MH_MK_HUMOUR}, {"jk", MH_MK_HUMOUR},
	{"just kidding", MH_MK_HUMOUR}, {"rofl", MH_MK_HUMOUR},
	{"xd", MH_MK_HUMOUR}, {"\xf0\x9f\x98\x82", MH_MK_HUMOUR},
	{"\xf0\x9f\xa4\xa3", MH_MK_HUMOUR}, {"\xf0\x9f\x92\x80", MH_MK_HUMOUR},

	{"i", MH_MK_LIGHT}, {"really", MH_MK_LIGHT}, {"even", MH_MK_LIGHT},
	{"ever", MH_MK_LIGHT}, {"going", MH_MK_LIGHT}, {"to", MH_MK_LIGHT},
	{"gonna", MH_MK_LIGHT}, {"actually", MH_MK_LIGHT},
	{"thinking", MH_MK_LIGHT}, {"think", MH_MK_LIGHT},
	{"about", MH_MK_LIGHT}, {"planning", MH_MK_LIGHT}, {"on", MH_MK_LIGHT},
	{"feel", MH_MK_LIGHT}, {"feeling", MH_MK_LIGHT}, {"do", MH_MK_LIGHT},
	{"want", MH_MK_LIGHT}, {"wanna", MH_MK_LIGHT}, {"will", MH_MK_LIGHT},
	{"would", MH_MK_LIGHT}, {"be", MH_MK_LIGHT}, {"being", MH_MK_LIGHT},
	{"have", MH_MK_LIGHT}, {"any", MH_MK_LIGHT}, {"had", MH_MK_LIGHT},
	{"am", MH_MK_LIGHT}, {"im", MH_MK_LIGHT}, {"at", MH_MK_LIGHT},
	{"all", MH_MK_LIGHT}, {"anymore", MH_MK_LIGHT}, {"a", MH_MK_LIGHT},
	{"currently", MH_MK_LIGHT}, {"and", MH_MK_LIGHT},

	{"but", MH_MK_BUT}, {"although", MH_MK_BUT}, {"though", MH_MK_BUT},
	{"however", MH_MK_BUT}, {"yet", MH_MK_BUT},

	{"fell", MH_MK_ACCIDENT}, {"fell off", MH_MK_ACCIDENT},
	{"tripped", MH_MK_ACCIDENT}, {"slipped", MH_MK_ACCIDENT},
	{"accident", MH_MK_ACCIDENT}, {"accidentally", MH_MK_ACCIDENT},
	{"by accident", MH_MK_ACCIDENT}, {"injury", MH_MK_ACCIDENT},
	{"injured", MH_MK_ACCIDENT}, {"sprained", MH_MK_ACCIDENT},
	{"swollen", MH_MK_ACCIDENT}, {"crashed my", MH_MK_ACCIDENT},
	{"workout", MH_MK_ACCIDENT}, {"stitches", MH_MK_ACCIDENT},

	{"tonight", MH_MK_NOW}, {"right now", MH_MK_NOW},
	{"tomorrow", MH_MK_NOW}, {"this weekend", MH_MK_NOW},
	{"in an hour", MH_MK_NOW}, {"later tonight", MH_MK_NOW},

	{"was", MH_MK_WAS}, {"were", MH_MK_WAS}, {"had", MH_MK_WAS},
};

const struct mh_cue *
mh_cues_table(size_t *n)
{
	*n = sizeof cues / sizeof cues[0];
	return cues;
}

const struct mh_marker *
mh_cues_markers(size_t *n)
{
	*n = sizeof markers / sizeof markers[0];
	return markers;
}

const char *
mh_cues_category_name(int cat)
{
	static const char *const names[MH_CAT_COUNT] = {
		"suicidal_ideation", "intent_plan", "means_seeking",
		"self_harm", "harm_to_others", "abuse_danger", "psychosis",
		"mania", "ocd", "eating_disorder", "substance_emergency",
		"distress",
	};

	if (cat < 0 || cat >= MH_CAT_COUNT)
		return NULL;
	return names[cat];
}
