import { adoptionRegistration } from './adoption-registration.ts';
import { birthRegistration } from './birth-registration.ts';
import { civilStatusReference } from './civil-status-reference.ts';
import { deathRegistration } from './death-registration.ts';
import { divorceRegistration } from './divorce-registration.ts';
import { duplicateCertificate } from './duplicate-certificate.ts';
import { duplicateOrReference } from './duplicate-or-reference.ts';
import { legalEntityExtract } from './legal-entity-extract.ts';
import { marriageApplication } from './marriage-application.ts';
import { marriageRegistration } from './marriage-registration.ts';
import { nameChangeRegistration } from './name-change-registration.ts';
import { paternityRegistration } from './paternity-registration.ts';
import { realEstatePresence } from './real-estate-presence.ts';
import { realEstateRights } from './real-estate-rights.ts';
import { recordRestoration } from './record-restoration.ts';
import type { ServiceDefinition } from './types.ts';

/** Every service Qyzmet offers, one file per service beside this one, in the digest's order. */
export const catalog: readonly ServiceDefinition[] = [
	// Order No. 236 of the Minister of Justice: electronic services.
	duplicateCertificate,
	marriageApplication,
	civilStatusReference,
	realEstateRights,
	realEstatePresence,
	legalEntityExtract,
	// Resolution No. 4/646 of the Almaty akimat: civil-registration services.
	birthRegistration,
	marriageRegistration,
	duplicateOrReference,
	paternityRegistration,
	nameChangeRegistration,
	recordRestoration,
	deathRegistration,
	adoptionRegistration,
	divorceRegistration
];

export const serviceIds = catalog.map((s) => s.id) as [string, ...string[]];

export function findService(id: string): ServiceDefinition | undefined {
	return catalog.find((s) => s.id === id);
}

export type { Condition, DocumentRequirement, ServiceDefinition, ServiceStep } from './types.ts';
