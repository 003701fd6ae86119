package org.mediationdesk.participants;

import static org.mediationdesk.shared.Institution.EU;
import static org.mediationdesk.shared.Institution.OSCE;
import static org.mediationdesk.shared.Institution.UN;

import java.util.List;

/**
 * The directory of the Geneva International Discussions as public records show it. Groups are named after
 * the place the participants come from, in the neutral forms co-chairs use (slash and bracket forms for the
 * disputed names), and the two Tbilisi-based administrations by the territory they are responsible for,
 * without their official titles, which make status claims. No Georgian-script label is given where the name
 * itself is disputed.
 */
final class ReferenceDirectory {

	private static final String EU_TITLE_RU = "Специальный представитель ЕС по Южному Кавказу и кризису в Грузии";
	private static final String EU_TITLE_KA = "ევროკავშირის სპეციალური წარმომადგენელი სამხრეთ კავკასიისა და საქართველოში არსებული კრიზისის საკითხებში";
	private static final String EU_TITLE = "EU Special Representative for the South Caucasus and the crisis in Georgia";
	private static final String UN_TITLE_RU = "Представитель ООН на Женевских международных дискуссиях";
	private static final String UN_TITLE_KA = "გაეროს წარმომადგენელი ჟენევის საერთაშორისო დისკუსიებზე";
	private static final String UN_TITLE = "UN Representative to the Geneva International Discussions";
	private static final String OSCE_TITLE_RU = "Специальный представитель действующего председателя ОБСЕ по Южному Кавказу";
	private static final String OSCE_TITLE_KA = "ეუთოს მოქმედი თავმჯდომარის სპეციალური წარმომადგენელი სამხრეთ კავკასიაში";
	private static final String OSCE_TITLE = "Special Representative of the OSCE Chairperson-in-Office for the South Caucasus";

	private ReferenceDirectory() {
	}

	static List<ParticipantGroup> groups() {
		return List.of(
				ParticipantGroup.of("GE", "participants from Tbilisi", "участники из Тбилиси", "მონაწილეები თბილისიდან", 1),
				ParticipantGroup.of("RU", "participants from Moscow", "участники из Москвы", "მონაწილეები მოსკოვიდან", 2),
				ParticipantGroup.of("US", "participants from Washington", "участники из Вашингтона", "მონაწილეები ვაშინგტონიდან", 3),
				ParticipantGroup.of("AB", "participants from Sukhum(i)", "участники из Сухум(и)", "მონაწილეები სოხუმიდან", 4),
				ParticipantGroup.of("SO", "participants from Tskhinval(i)", "участники из Цхинвал(и)", "მონაწილეები ცხინვალიდან", 5),
				// the two administrations based in Tbilisi sit with the participants from Tbilisi
				ParticipantGroup.of("TB-AB", "participants from the Tbilisi-based administration for Abkhazia",
						"участники от базирующейся в Тбилиси администрации по Абхазии",
						"მონაწილეები თბილისში მოქმედი აფხაზეთის ადმინისტრაციიდან", 6),
				ParticipantGroup.of("TB-SO", "participants from the Tbilisi-based administration for South Ossetia",
						"участники от базирующейся в Тбилиси администрации по Южной Осетии",
						"მონაწილეები თბილისში მოქმედი სამხრეთ ოსეთის ადმინისტრაციიდან", 7));
	}

	static List<CoChairRepresentative> representatives() {
		return List.of(
				CoChairRepresentative.of(EU, "Pierre Morel", EU_TITLE, "2008–2011").translated(EU_TITLE_RU, EU_TITLE_KA),
				CoChairRepresentative.of(EU, "Philippe Lefort", EU_TITLE, "2011–2012").translated(EU_TITLE_RU, EU_TITLE_KA),
				CoChairRepresentative.of(EU, "Herbert Salber", EU_TITLE, "2015").translated(EU_TITLE_RU, EU_TITLE_KA),
				CoChairRepresentative.of(EU, "Toivo Klaar", EU_TITLE, "2020–2021").translated(EU_TITLE_RU, EU_TITLE_KA),
				CoChairRepresentative.of(EU, "Magdalena Grono", EU_TITLE, "2024–").translated(EU_TITLE_RU, EU_TITLE_KA),
				CoChairRepresentative.of(UN, "Johan Verbeke", "UN Secretary-General's Special Representative for Georgia", "2008–2009")
					.translated("Специальный представитель Генерального секретаря ООН по Грузии",
							"გაეროს გენერალური მდივნის სპეციალური წარმომადგენელი საქართველოში"),
				CoChairRepresentative.of(UN, "Antti Turunen", UN_TITLE, "2011–2015").translated(UN_TITLE_RU, UN_TITLE_KA),
				CoChairRepresentative.of(UN, "Ayşe Cihan Sultanoğlu", UN_TITLE, "2020–2025").translated(UN_TITLE_RU, UN_TITLE_KA),
				CoChairRepresentative.of(OSCE, "Giedrius Čekuolis", OSCE_TITLE, "2011").translated(OSCE_TITLE_RU, OSCE_TITLE_KA),
				CoChairRepresentative.of(OSCE, "Pádraig Murphy", OSCE_TITLE, "2012").translated(OSCE_TITLE_RU, OSCE_TITLE_KA),
				CoChairRepresentative.of(OSCE, "Andrii Deshchytsia", OSCE_TITLE, "2013").translated(OSCE_TITLE_RU, OSCE_TITLE_KA),
				CoChairRepresentative.of(OSCE, "Angelo Gnädinger", OSCE_TITLE, "2014–2015").translated(OSCE_TITLE_RU, OSCE_TITLE_KA),
				CoChairRepresentative.of(OSCE, "Günther Bächler", OSCE_TITLE, "2016").translated(OSCE_TITLE_RU, OSCE_TITLE_KA),
				CoChairRepresentative.of(OSCE, "Rudolf Michalka", OSCE_TITLE, "2018–2020").translated(OSCE_TITLE_RU, OSCE_TITLE_KA),
				CoChairRepresentative.of(OSCE, "Annika Söder", OSCE_TITLE, "2021").translated(OSCE_TITLE_RU, OSCE_TITLE_KA),
				CoChairRepresentative.of(OSCE, "Viorel Moşanu", OSCE_TITLE, "2024").translated(OSCE_TITLE_RU, OSCE_TITLE_KA),
				CoChairRepresentative.of(OSCE, "Christoph Späti", OSCE_TITLE, "2025").translated(OSCE_TITLE_RU, OSCE_TITLE_KA));
	}
}
