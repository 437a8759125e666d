import { placesContract } from '@linli/shared';
import { createProcessRuntime } from '../core/compose';
import { defineHandler } from '../core/handler/define-handler';
import { importRegister } from '../core/use-cases/places/import-register';
import { listChildren } from '../core/use-cases/places/list-children';
import { listRooms } from '../core/use-cases/places/list-rooms';
import { searchCompounds } from '../core/use-cases/places/search-compounds';

export const main = defineHandler(
  placesContract,
  { children: listChildren, searchCompounds, rooms: listRooms, importRegister },
  createProcessRuntime(),
);
